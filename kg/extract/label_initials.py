"""A turn label of initials + the text's people -> the person those initials stand for.

Interviews printed as questions and answers introduce both speakers by full name in the lead
or the byline and then label every turn with their initials ("JR: We will not close the
market."). Initials say nothing to a name matcher: the label is read letter by letter against
each person the text names before the turn, by the first letters of the name's capitalised
words ("Ana Lucia Roe" is "ALR") or of its first and last words ("AR"). Only a single person
may fit: two people sharing initials leave the turn to nobody rather than to a guess, and a
script's production marks ("VO:", "CG:") are nobody's initials.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from unidecode import unidecode

from kg.model import Entity
from kg.nlp.script_marks import PRODUCTION_MARKS

__all__ = ["initials_holder"]

#: Two to four capital letters, with or without a dot after each: "JR", "J.R.", "J. R.".
_INITIALS = re.compile(r"(?:[A-Z]\.?[ \t]?){1,3}[A-Z]\.?")


def initials_holder(label: str, people: Sequence[Entity], before: int) -> Entity | None:
    """The one person named before offset ``before`` whose initials the label spells, else None."""
    label = label.strip()
    if not _INITIALS.fullmatch(label):
        return None
    letters = "".join(c for c in label if c.isalpha())
    if letters.casefold() in PRODUCTION_MARKS:
        return None  # "VO:", "CG:": a script's voice-over or caption, whoever shares the letters
    fitting = [
        p
        for p in people
        if any(m.start < before for m in p.mentions) and any(letters in _initials(n) for n in (p.name, *p.aliases))
    ]
    return fitting[0] if len(fitting) == 1 else None


def _initials(name: str) -> set[str]:
    """The ways a name is abbreviated: its capitalised words' first letters, all or first and last.

    A hyphenated word gives a letter for each part ("Ana-Maria Roe" is "AMR" and "AR").
    """
    parts = [p for w in unidecode(name).split() for p in w.split("-") if p[:1].isupper()]
    if len(parts) < 2:
        return set()
    every = "".join(p[0] for p in parts)
    words = [w for w in unidecode(name).split() if w[:1].isupper()]
    return {every, words[0][0] + words[-1][0]} if len(words) >= 2 else {every}
