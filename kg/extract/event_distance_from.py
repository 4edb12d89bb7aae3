"""Places told by a distance from them: "three kilometres from X", "some 4 km from the Y crossing".

An attack reported "about two kilometres from X" happened near X: news places an event it cannot
name the spot of by how far it lay from a place the reader knows. Only a measured distance
(a number or "a few" with a unit of length) makes "from" a where; "fired from X" or "came from X"
tell where something started, not where it happened.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["LENGTH_UNITS", "measured_from"]

#: Units of length, singular and plural, in the spellings news uses.
LENGTH_UNITS = frozenset(
    (
        *("kilometre", "kilometres", "kilometer", "kilometers", "km", "kms"),
        *("metre", "metres", "meter", "meters", "m"),
        *("mile", "miles", "mi", "yard", "yards", "yd", "foot", "feet", "ft"),
    )
)
#: Words counting a distance without a figure: "a few kilometres from X", "several miles from Y".
_VAGUE = frozenset(("a", "few", "several", "some", "couple"))


def measured_from(head: Token) -> list[Token]:
    """The objects of the "from" phrases on ``head`` that a distance measures ("attacked three
    kilometres from X" -> X). The parser hangs the distance on "from", "from" on the distance, or
    both on ``head`` side by side; a distance it sets beside the object ("fired on a car 900 metres
    from X") places the whole act too."""
    objects = [c for c in head.children if c.dep_ == "dobj"]
    objects += [g for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    froms = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "from"]
    measured = [p for p in froms if any(_distance(c) for c in p.children) or _distance(p.doc[p.i - 1])]
    units = [u for h in (head, *objects) for u in h.children if _distance(u)]
    measured += [p for u in units for p in u.children if p.dep_ == "prep" and p.lower_ == "from"]
    return [g for p in measured for g in p.children if g.dep_ == "pobj"]


def _distance(tok: Token) -> bool:
    """ "three kilometres", "4 km", "a few miles": a unit of length counted by a figure."""
    return tok.lower_ in LENGTH_UNITS and any(c.like_num or c.lower_ in _VAGUE for c in tok.children)
