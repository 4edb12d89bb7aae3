"""A figure a speaker corrects at once stands in the place of the figure it replaces.

Transcripts, scripts and interviews keep a speaker's slips: "we sent twelve -- sorry, twenty
officers", "about 700... correction, 1,700 lorries", "90 a day, sorry, that's
nine, not ninety, nine a day". The grammar holds the first figure (the object of "sent", the
subject of "crossed"); the corrected one hangs off a fragment the parser cannot attach ("sorry,
that's twenty"), or holds it where the first was a fragment ("some 700... no, 1,700 lorries
crossed"). So the corrected value is read at both places (a figure read twice for one event is
one restatement), and the other figures of the correction (one denied in passing with "not",
the value said again) count nothing of their own.

A correction is told by a cue set off by punctuation right before the new figure ("sorry", "no",
"I mean", "correction", "let me correct myself", "make that", "or rather", then perhaps
"that's"), a few words at most after the first figure. Two figures in a row with no such cue
("fourteen, fifteen people") are left as they are.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.quantities import QuantityMatch

__all__ = ["corrected"]

_PUNCT = r"[\s,.;:!…\-–—]*"
#: A word or phrase with which a speaker takes back what they just said; a bare "no" only when
#: set off by punctuation ("900, no, 1,900"), never "no more than 50".
_CUE = (
    r"(?:sorry|(?:i\s+beg\s+your\s+)?pardon|excuse\s+me|correction|i\s+mean|i\s+meant|or\s+rather|make\s+that|"
    r"let\s+me\s+correct\s+(?:myself|that)|no(?=\s*[,;:!…\-–—]))"
)
#: The filler a correction may restate its value with: "sorry, that's twenty".
_COPULA = r"(?:that's|that\s+is|it's|it\s+is|it\s+was|that\s+was)"
#: The end of the words between two figures when the second corrects the first: a cue set off by
#: punctuation, right before the new figure ("at X, sorry, that's eighteen", "fourteen -- sorry,
#: forty", "about 900... no, sorry, 1,900").
_CORRECTION = re.compile(rf"(?:^|[,.;…\-–—])\s*(?:{_CUE}{_PUNCT})+(?:{_COPULA}{_PUNCT})?$", re.IGNORECASE)
#: The most words a figure's own phrase may run on before the speaker corrects it.
_LONGEST = 16
#: Between the figures of one correction: "nine, not ninety, nine a day".
_DENIAL = re.compile(rf"^{_PUNCT}not{_PUNCT}$", re.IGNORECASE)
_AGAIN = re.compile(rf"^{_PUNCT}$")


def corrected(text: str, quants: list[QuantityMatch]) -> list[QuantityMatch]:
    """``quants`` (in text order, offsets into ``text``) with each corrected figure read at the
    place of the figure it replaces, and the figures of the correction left out."""
    out: list[QuantityMatch] = []
    i = 0
    while i < len(quants):
        first = quants[i]
        j = i + 1
        gap = text[first.end : quants[j].start] if j < len(quants) else ""
        if not gap or len(gap.split()) > _LONGEST or not _CORRECTION.search(gap):
            out.append(first)
            i += 1
            continue
        value = quants[j]
        k = j + 1
        while k < len(quants):
            gap = text[quants[k - 1].end : quants[k].start]
            if _DENIAL.match(gap):
                k += 1  # "not ninety": denied, no value
            elif _AGAIN.match(gap) and quants[k].quantity.count == value.quantity.count:
                value = quants[k]  # "nine, not ninety, nine a day": said again, perhaps with a rate
                k += 1
            else:
                break
        said = value.quantity
        unit = said.per_time_unit or first.quantity.per_time_unit
        rough = said.approximate or first.quantity.approximate  # "about 700... no, 1,700": still about
        fixed = replace(said, per_time_unit=unit, approximate=rough)
        out.append(replace(first, text=value.text, quantity=fixed))
        out.append(replace(value, quantity=fixed))
        i = k
    return out
