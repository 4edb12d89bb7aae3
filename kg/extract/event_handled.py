"""Crossings counted as a noun by the service that handles them: "officers processed 3.1 million
crossings at the X bridge", "420,000 entries were cleared at the Y post".

Border services and ministers report their work as a number of crossings rather than of people:
the noun counts the flow itself, and the verb of handling carries where it was counted ("at X").
The verb is read as the flow's own verb, as "9,800 passengers passed through X" is, so that its
"at" phrase gives the way across and its state the destination.

A flow whose only place is the crossing it used ("some 900 travellers used the X post instead") ends
there: the crossing is the one place the text gives for where those people arrived.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["HANDLING_VERBS", "handling_verb", "way_as_end"]

#: Verbs of a border service handling a flow it counts ("processed", "handled", "cleared", "checked").
HANDLING_VERBS = frozenset(("process", "handle", "clear", "check"))


def handling_verb(noun: Token, flow_nouns: frozenset[str]) -> Token | None:
    """The verb of handling whose object (or passive subject) is the flow noun ``noun`` ("processed
    3.1 million crossings", "crossings were processed", "handled 0.9 million of these crossings"),
    or None."""
    if noun.lemma_.lower() not in flow_nouns or noun.tag_ not in ("NNS", "NNPS"):
        return None
    counted = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.like_num:
        counted = noun.head.head  # "handled 0.9 million of these crossings"
    head = counted.head
    if counted.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and head.lemma_.lower() in HANDLING_VERBS:
        return head
    return None


def way_as_end(destination: list[str], via: list[str], origin: list[str]) -> list[str]:
    """The destination of a flow: its own, else the crossings it used (none its origin)."""
    return destination or [v for v in via if v not in origin]
