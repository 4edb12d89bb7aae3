"""Parsed sentence -> the way across that a passive "used by N" counts the traffic of.

A crossing is often described by its traffic in the passive: "the X Bridge, which some 3,850 cars
a day are known to use" is rare, "the X Bridge, used by 3,850 cars daily, joins A to B" and "It is
used by 2,100 to 2,450 lorries daily" are common, as is "the main road link from A to B, used by
about 3,850 cars a day". The counted doers after "by" are the traffic, as the subject of "3,850
cars a day use the X Bridge" is, and the way is the passive's subject, the noun the participle
describes, or the subject of the sentence that noun describes ("the X Bridge is the main link ...,
used by ...").
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["used_way", "users"]

#: Nouns of a way across (a closed class of crossing structures and posts).
_WAYS = frozenset(("bridge", "crossing", "checkpoint", "crossing-point", "post", "gate", "causeway", "tunnel"))
#: Nouns a way across is described by: "the main road link between A and B, used by ...".
_WAY_WORDS = frozenset(("link", "road", "route", "connection", "artery"))


def users(verb: Token) -> list[Token]:
    """The counted doers of a passive "used by N ...": the nouns after "by" that a number counts."""
    if verb.lemma_.lower() != "use" or verb.pos_ != "VERB":
        return []
    return [
        g
        for c in verb.children
        if c.dep_ == "agent"
        for g in c.children
        if g.dep_ == "pobj" and any(n.like_num for n in g.children)
    ]


def used_way(verb: Token) -> Token | None:
    """The way across a passive "used by N" counts: its subject ("It is used by ...", "the bridge is
    used by ..."), the noun its participle describes ("the X Bridge, used by ..."), or the subject
    of a copula whose noun it describes ("the X Bridge is the main link ..., used by ..."); None
    when no counted doer follows "by" or the way is no way across."""
    if not users(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is not None:
        return subject if _is_way(subject) or subject.lower_ == "it" else None
    if verb.dep_ != "acl":
        return None
    noun = verb.head
    if _is_way(noun):
        return noun
    if noun.lemma_.lower() in _WAY_WORDS and noun.dep_ == "attr":  # "X is the main road link ..., used by"
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        return subject if subject is not None and _is_way(subject) else None
    return None


def _is_way(tok: Token) -> bool:
    """ "the X Bridge", "this crossing": a noun naming a way across."""
    return tok.lemma_.lower() in _WAYS and tok.pos_ in ("NOUN", "PROPN")
