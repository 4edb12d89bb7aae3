"""The way across a "where" clause stands for, when the parser hangs the clause on a later noun.

"checks at the X border post with Y, where 265 people were checked yesterday alone": the clause
counts people at the post, but the parser attaches it to the last noun before the comma ("Y", or
"border" in "the Z crossing on the border with Y, where ..."). Climbing from that noun through the
prepositions that hold it reaches the way across the clause is about.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["checked_where", "where_point"]

#: How many "noun, preposition" steps the climb takes at most ("the post with Y": one).
_MAX_STEPS = 3


def where_point(verb: Token, ways: frozenset[str]) -> Token | None:
    """The noun of ``ways`` (lemmas of ways across) that the "where" of the relative clause ``verb``
    stands for, or None when ``verb`` opens no such clause or no way across holds it."""
    if verb.dep_ != "relcl" or not any(c.lower_ == "where" and c.dep_ == "advmod" for c in verb.children):
        return None
    tok = verb.head
    for _ in range(_MAX_STEPS + 1):
        if tok.lemma_.lower() in ways and tok.pos_ in ("NOUN", "PROPN"):
            return tok
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            return None
        tok = tok.head.head
    return None


def checked_where(verb: Token, ways: frozenset[str], people: frozenset[str]) -> bool:
    """ "the X post, where 265 people were checked yesterday": counted people, the passive subject
    of a verb of checking, at the way across the clause's "where" stands for."""
    counted = any(
        c.dep_ == "nsubjpass" and c.lemma_.lower() in people and any(g.like_num for g in c.children)
        for c in verb.children
    )
    return counted and where_point(verb, ways) is not None
