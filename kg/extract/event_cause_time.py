"""Time expression's head -> whether it dates a prior cause ("after the attack of 28 May").

News gives the reason for an event in an "after" or "following" phrase, and the phrase often
carries the cause's own date: "X closed the crossing on Monday after the attack of 28 May",
"police arrested 12 people following the clashes of 3 June". That date is the cause's, never the
event's. A time whose phrase hangs, below the clause, on the noun such a preposition governs is
left out; a time that is the preposition's own object ("closed after 28 May") is the event's
bound, not a cause, and stays.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["cause_time"]

#: Prepositions (and the participle "following") that introduce the cause of an event.
_CAUSE_WORDS = frozenset(("after", "following"))
_TIME_ENTS = frozenset(("DATE", "TIME"))


def cause_time(root: Token) -> bool:
    """True when ``root`` (a time's head) lies inside the noun phrase of an "after X" cause."""
    node = root
    while node.head.i != node.i and node.pos_ != "VERB":
        head = node.head
        if head.lower_ in _CAUSE_WORDS and node.dep_ in ("pobj", "dobj") and node.i != root.i:
            return node.pos_ in ("NOUN", "PROPN") and node.ent_type_ not in _TIME_ENTS
        node = head
    return False
