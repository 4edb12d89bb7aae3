"""Span -> is it a broadcast script's cue label, or the language that cue gives: words that name nothing.

Video and radio scripts open a line with a cue for the kind of shot or sound and the language
spoken in it: "SOUNDBITE (French): ...", "3. STANDUP (English) reporter: ...". The NER reads the
cue word as a person (or a body) and the bracketed language as a people, hence a state; both
are furniture of the script. The shape alone decides, whatever the cue word: one all-caps word
that opens its line (after an optional shot number) and is followed by a language's name in
brackets.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.lexicon.languages import is_language
from kg.nlp.stamps import is_stamp_text

__all__ = ["BITE_CUES", "cue_language", "script_cue"]

#: Words that open a script's line for someone's recorded sound: "SOT - JANE ROE:", "CLIP (ROE):".
BITE_CUES = ("SOUNDBITE", "SOT", "BITE", "CLIP", "ACTUALITY", "INSERT")

_MIN_CUE = 3
#: What follows a bite cue word: a dash before the speaker, or the close of the cue ("[SOT]", "SOT:").
_AFTER_CUE = frozenset({"-", "–", "—", "/", "]", ":"})  # "SOT", "VO" is too short to tell from initials


def script_cue(span: Span) -> bool:
    """ "SOUNDBITE" in "SOUNDBITE (Spanish): ...": a one-word capitals cue before a bracketed language;
    a bite cue word opening its line before a dash ("SOT - Jo Roe, trader:") is one too."""
    return len(span) == 1 and (_cue_at(span.doc, span.start) or _bite_cue(span.doc, span.start))


def cue_language(span: Span) -> bool:
    """ "French" in "SOUNDBITE (French): ...": the language spoken in the shot, no people or state."""
    doc, i = span.doc, span.start
    if len(span) != 1 or not (i >= 2 and span.end < len(doc)):
        return False
    return doc[i - 1].text == "(" and doc[span.end].text.startswith(")") and _cue_at(doc, i - 2)


def _cue_at(doc: Doc, i: int) -> bool:
    """Token ``i`` is a capitals word opening its line, followed by "(", a language's name and ")"."""
    if i < 0 or i + 3 >= len(doc):
        return False
    tok = doc[i]
    if not (tok.is_alpha and tok.is_upper and len(tok) >= _MIN_CUE):
        return False
    if not (doc[i + 1].text == "(" and is_language(doc[i + 2].text) and doc[i + 3].text.startswith(")")):
        return False
    return _opens_line(doc, i)


def _bite_cue(doc: Doc, i: int) -> bool:
    """Token ``i`` is a bite cue word ("SOT", "CLIP") opening its line (in brackets or not), a dash
    or the cue's end after it: "SOT - Jo Roe:", "[SOT - JO ROE]", "[SOT]"."""
    if doc[i].text not in BITE_CUES or i + 1 >= len(doc) or doc[i + 1].text not in _AFTER_CUE:
        return False
    return _opens_line(doc, i)


def _opens_line(doc: Doc, i: int) -> bool:
    """Nothing but a shot number ("2.", "2)"), an opening bracket or a transcript's time stamp
    ("[00:02:10]", :mod:`kg.nlp.stamps`) between the line's start and token ``i``."""
    j = i - 1
    while j >= 0 and "\n" not in doc[j].text and "\n" not in doc[j].whitespace_:
        if not (doc[j].like_num or doc[j].text in {".", ")", "[", "(", "]", "-"} or is_stamp_text(doc[j].text)):
            return False
        j -= 1
    return True
