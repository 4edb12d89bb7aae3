"""(token) -> whether it recalls reservists to service: a call-up told by "recall".

Governments and armed forces bring reservists back with the verb or noun "recall" as often as with
"call up": "by decree, the X orders the recall of 640 reservists to its units", "the ministry
recalled 450 reservists to their units". Said of reservists, the word is a mobilization; said of
anything else it is not ("recalled the ambassador", "a recall vote", "she recalled that ...").
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["recalls_reserves"]

#: The word, as verb and noun.
RECALL = "recall"


def _reserve_people(noun: Token) -> bool:
    """ "reservists", "reserve officers", "reserve troops": people who serve in a reserve."""
    lem = noun.lemma_.lower()
    return lem == "reservist" or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() == "reserve" for c in noun.children
    )


def _recalled(token: Token) -> list[Token]:
    """Who is recalled: the object of the verb, the passive subject, or the "of" phrase of the noun."""
    if token.pos_ == "VERB":
        return [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def recalls_reserves(token: Token) -> bool:
    """True for "recall" (verb or noun) whose object is reservists: "recalled 450 reservists",
    "the recall of 300 reserve officers", "2,000 reservists were recalled"."""
    if token.lemma_.lower() != RECALL or token.pos_ not in ("VERB", "NOUN"):
        return False
    return any(_reserve_people(p) for p in _recalled(token))
