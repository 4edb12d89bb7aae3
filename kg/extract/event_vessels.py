"""Vessels a coast guard or navy boards, intercepts, inspects, escorts or counts -> an event.

Maritime releases report patrols by the craft they dealt with: "the navy boarded 17 foreign
fishing vessels around X since January", "the coast guard counted 64 trawlers inside the zone",
"intercepted a fishing vessel west of Y". Each is an act of the named body, labelled by what it
did, placed where the sentence puts it and counted by the vessels; when the vessels carried
counted people ("intercepted two boats carrying 140 people") the people are the figure, as news
counts them.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.event_disasters import VESSELS

__all__ = ["VESSEL_ACTS", "aboard", "acted_vessel"]

#: Verbs of what a patrol does to a vessel, and the event's label.
VESSEL_ACTS = {
    "board": "Boarding",
    "intercept": "Interception",
    "inspect": "Inspection",
    "escort": "Escort",
    "count": "Sighting",
    "spot": "Sighting",
    "sight": "Sighting",
    "detect": "Sighting",
}
#: Kinds of watercraft beyond :data:`VESSELS` that patrols name: "longliners", "trawlers", "yachts".
_MORE_CRAFT = frozenset(("longliner", "yacht", "launch", "cutter", "tanker", "freighter", "seiner", "junk"))
#: Verbs of carrying people aboard: "two boats carrying 140 people".
_CARRY = frozenset(("carry", "transport", "ferry"))


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def acted_vessel(verb: Token) -> Token | None:
    """The vessel noun a verb of :data:`VESSEL_ACTS` acts on: its object ("boarded 17 vessels") or
    the subject of its passive ("a trawler was intercepted"); None when it acts on anything else."""
    if _lemma(verb) not in VESSEL_ACTS or verb.pos_ != "VERB":
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None or (_lemma(obj) not in VESSELS and _lemma(obj) not in _MORE_CRAFT):
        return None
    return obj


def aboard(vessel: Token) -> Token | None:
    """The people a vessel carried: the object of a carrying participle on it ("boats carrying 140
    people") or its "with" phrase ("a skiff with 23 people on board"), else None."""
    for c in vessel.children:
        if c.dep_ == "acl" and _lemma(c) in _CARRY:
            return next((g for g in c.children if g.dep_ == "dobj"), None)
        if c.dep_ == "prep" and c.lower_ == "with":
            return next((g for g in c.children if g.dep_ == "pobj" and g.like_num is False), None)
    return None
