"""A verb of coming -> the place its purpose clause names: "come to work in X" goes into X.

Commuters are told by why they come rather than where: "some 6,000 nurses and cleaners come to
work in X daily", "about 900 traders travel from Y to sell in X on market days". The parser hangs the
place on the infinitive of purpose, not on the verb of movement, so the flow's destination is the
"in" (or "at") phrase of that infinitive. Only an infinitive with "to" counts ("came to work in
X"); a place of any other clause ("came after the floods in X") is no destination.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["purpose_clauses", "purpose_places"]

#: The prepositions a purpose clause places its doing with: "to work in X", "to shop at Y".
_PLACING = frozenset(("in", "at"))


def purpose_clauses(verb: Token) -> list[Token]:
    """The infinitives of purpose of ``verb``: "come to work in X every day": "work"."""
    return [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and _with_to(c)]


def purpose_places(verb: Token) -> list[Token]:
    """The objects of "in"/"at" in the infinitive of purpose of ``verb`` ("come to work in X": X)."""
    return [
        o
        for c in purpose_clauses(verb)
        for p in c.children
        if p.dep_ == "prep" and p.lower_ in _PLACING
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _with_to(clause: Token) -> bool:
    """ "to work": an infinitive marked by "to"."""
    return any(g.dep_ == "aux" and g.lower_ == "to" for g in clause.children)
