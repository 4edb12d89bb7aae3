"""Vessels a coast guard or navy boards, intercepts, inspects or counts -> an event.

Maritime releases report patrols by the craft they dealt with: "navy patrols boarded nine
longliners near X this year", "crews counted 30 trawlers in the reserve", "a dhow was intercepted
south of Y". Each is an act of the named body, labelled by what it did, placed where the sentence
puts it and counted by the vessels. Vessels that carried people ("intercepted three dinghies
carrying 90 people") are left to the stopped crossings: news counts those by the people.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.event_disasters import VESSELS

__all__ = ["VESSEL_ACTS", "acted_vessel"]

#: Verbs of what a patrol does to a vessel, and the event's label.
VESSEL_ACTS = {
    "board": "Boarding",
    "intercept": "Interception",
    "inspect": "Inspection",
    "count": "Sighting",
    "sight": "Sighting",
}
#: Kinds of watercraft beyond :data:`VESSELS` that patrols name: "longliners", "trawlers", "yachts".
_MORE_CRAFT = frozenset(("longliner", "yacht", "launch", "cutter", "tanker", "freighter", "seiner", "junk"))
#: Verbs of carrying people aboard: "dinghies carrying 90 people".
_CARRY = frozenset(("carry", "transport", "ferry"))
#: Words that put people on a vessel: "with 12 people on board", "aboard".
_ABOARD = frozenset(("board", "aboard"))


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def acted_vessel(verb: Token) -> Token | None:
    """The vessel noun a verb of :data:`VESSEL_ACTS` acts on: its object ("boarded nine yachts") or
    the subject of its passive ("a trawler was intercepted"); None when it acts on anything else, or
    when the vessels carried people (:func:`_with_people`)."""
    if _lemma(verb) not in VESSEL_ACTS or verb.pos_ != "VERB":
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None or (_lemma(obj) not in VESSELS and _lemma(obj) not in _MORE_CRAFT):
        return None
    return None if _with_people(verb, obj) else obj


def _with_people(verb: Token, vessel: Token) -> bool:
    """ "intercepted three dinghies carrying 90 people", "a raft with 12 people on board", "41 boats
    and 600 persons": people stopped at sea are a stopped crossing (:mod:`kg.extract.event_attempts`),
    counted by the people, not a patrol's act on the craft."""
    if any(c.dep_ == "conj" for c in vessel.children):
        return True
    return any(
        (_lemma(t) in _CARRY and t.pos_ == "VERB") or (t.lower_ in _ABOARD and t.i != verb.i) or _counted_with(t)
        for t in verb.subtree
    )


def _counted_with(tok: Token) -> bool:
    """ "two rafts with 30 people": a "with" phrase that counts what the craft held."""
    return tok.lower_ == "with" and any(
        g.dep_ == "pobj" and any(c.dep_ == "nummod" for c in g.children) for g in tok.children
    )
