"""Events -> the same events, a flow into a town no gazetteer places given the state the story's
other flows go into.

Refugee and border updates name the villages and posts people arrive at ("Most were registered in X",
"Another 2,730 were counted at the Y post") after saying which state they all enter
("In July 8,600 people entered Z"). GeoNames and ISO 3166-2 know the towns and
regions of a state only down to a size (:mod:`kg.extract.event_places`); a smaller one would leave
its flow without a state, where a reader takes the one the story's flows go into. Only when those
flows go into exactly one state, and not from it.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.event_places import state_of_key
from kg.extract.index import EntityIndex
from kg.model import Event

__all__ = ["with_story_states"]

_LOCAL_TYPES = frozenset(("Settlement", "Region", "Checkpoint", "Place"))


def with_story_states(events: tuple[Event, ...], index: EntityIndex) -> tuple[Event, ...]:
    """``events`` with the one state the story's flows enter added to flows into unplaced towns."""
    crossings = [e for e in events if e.type == "BorderCrossing"]
    placed = {
        d: s for e in crossings for d in e.destination if (s := d if d.startswith("state/") else state_of_key(d, index))
    }
    entered = set(placed.values())
    if len(entered) != 1:
        return events
    (state,) = entered
    out = []
    for ev in events:
        towns = [index.by_key[d] for d in ev.destination if d in index.by_key and d not in placed]
        local = bool(towns) and all(t.type in _LOCAL_TYPES for t in towns) and len(towns) == len(ev.destination)
        if ev.type == "BorderCrossing" and local and state not in ev.origin:
            ev = replace(ev, destination=(*ev.destination, state))
        out.append(ev)
    return tuple(out)
