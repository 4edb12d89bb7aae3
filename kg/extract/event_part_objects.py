"""(closing verb's objects) -> the ways across that a part of them names ("its side of the X crossing").

A state closes what it controls: "X shut its side of the Y crossing", "closed a stretch of the
border", "sections of the frontier were sealed". The object is a noun of a part; the way across is
in its "of" phrase, and the closure is of that way (the reading of its targets already looks
inside the whole object phrase).
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["parts_of"]

#: Nouns of a part of a way across or a border.
_PART_NOUNS = frozenset(("side", "part", "section", "stretch", "portion", "segment"))


def parts_of(objects: list[Token]) -> list[Token]:
    """The nouns in the "of" phrases of those ``objects`` that name a part ("its side of the X
    crossing": crossing)."""
    return [
        g
        for o in objects
        if o.lemma_.lower() in _PART_NOUNS
        for c in o.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]
