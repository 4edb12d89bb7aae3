"""A traffic noun as the subject of its figure -> a flow through the way it names: "Traffic at X
averaged 4,700 people daily", "freight traffic through Y was roughly 900 lorries per day".

Releases about a crossing state how busy it is through the word "traffic" and a verb of measure
(be, average, reach, exceed, total). The figure is the object of that verb, counted in people or
in road vehicles, and the way across is the traffic's own "at", "through", "across" or "on"
phrase. Read like "crossings at X numbered 4,700 daily", it is a flow through X; traffic with no
way named ("traffic in the city") or no counted people or vehicles ("traffic was heavy", "traffic
rose by 9 per cent") is no figure of a flow.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.event_flow_nouns import noun_lemma
from kg.extract.event_vehicles import VEHICLE_NOUNS

__all__ = ["TRAFFIC", "traffic_figure", "traffic_ways"]

#: The noun.
TRAFFIC = "traffic"
#: How the way across hangs on the noun.
_WAY_PREPS = frozenset(("at", "through", "across", "on", "over", "via"))


def traffic_ways(noun: Token) -> list[Token]:
    """The ways a traffic noun names: "traffic at X", "through the X post", "across the X bridge"."""
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in _WAY_PREPS]
    return [g for c in preps for g in c.children if g.dep_ == "pobj"]


def traffic_figure(noun: Token, people: frozenset[str]) -> Token | None:
    """The counted noun (``people`` or road vehicles) that a "traffic at X" subject ``noun`` measures
    through its verb ("averaged 4,700 people", "was an average of 900 lorries"), or None."""
    if noun_lemma(noun) != TRAFFIC or noun.dep_ != "nsubj" or not traffic_ways(noun):
        return None
    for c in (c for c in noun.head.children if c.dep_ in ("dobj", "attr")):
        of = [g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        counted = of[0] if of and not c.like_num else c  # "an average of 900 lorries": the lorries
        if counted.lemma_.lower() in people | VEHICLE_NOUNS and any(g.dep_ == "nummod" for g in counted.children):
            return counted
    return None
