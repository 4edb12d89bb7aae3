"""Events + entity index -> the same events, their places joined by the states those places lie in.

News names where something happened as narrowly as it can ("arrivals in Mae Sot", "deployed to
a district"), and names the state elsewhere in the story. A reader (and a query "what happened in
Thailand?") takes the town's state as a place of the event too. The state comes from the
gazetteer (GeoNames cities, ISO 3166-2 subdivisions) and is added only when the story itself
names that state, so an ambiguous town name never brings in a state the text does not speak of.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.index import EntityIndex
from kg.model import Entity, Event

__all__ = ["dateline_state", "state_of_key", "with_states"]

_LOCAL_TYPES = ("Settlement", "Region", "Checkpoint", "Place")


def _state_of(entity: Entity, states: set[str]) -> str | None:
    """The key of the state ``entity`` lies in, when the document names that state, else None."""
    from kg.lexicon.gazetteer import region_for, settlement_for, subdivision_for  # large tables: late

    codes = {k.split("/", 1)[1] for k in states}
    for name in (entity.name, *entity.aliases):
        town, region = settlement_for(name), region_for(name) or subdivision_for(name, codes)
        # a region is looked up as a region first; a district named after its town lies where the town does
        for place in (region, town) if entity.type == "Region" else (town, region):
            if place is not None and place.country and (key := f"state/{place.country}") in states:
                return key
    return None


def state_of_key(key: str, index: EntityIndex) -> str | None:
    """The state the place ``key`` lies in, when the document names that state (see :func:`with_states`)."""
    entity = index.by_key.get(key)
    states = {k for k, e in index.by_key.items() if e.type == "State"}
    return _state_of(entity, states) if entity is not None and entity.type in _LOCAL_TYPES else None


#: A dateline opening a line: "LILONGWE, Sept 20 (Wire) -", "Tbilisi, 18 September 2025", "ABUJA - The ...",
#: "ISLAMABAD: The ..." (a colon, as South Asian outlets write it).
_PLACE_OPENING = r"^[ \t]*([A-Z][\w'’.]*(?:[ -][A-Z][\w'’.]*){0,3})[ \t]*"
_DATELINE = re.compile(_PLACE_OPENING + r"(?:,|\(|[-–—][ \t]|:[ \t])", re.M)
#: The same, or a briefing's town alone on its line above the text.
_DATELINE_OR_TOWN = re.compile(_PLACE_OPENING + r"(?:,|\(|[-–—][ \t]|:[ \t]|\r?$)", re.M)
_DATELINE_REACH = 600  # characters: a headline, a byline, then the dateline
_DATELINE_CITY = 100_000  # people: a dateline names a city the reader knows, not a village of the same name


def dateline_state(text: str, index: EntityIndex, *, capitals: bool = False, alone: bool = False) -> str | None:
    """The state a story is filed from: the state its dateline names, or the state of the city or
    region it names, when the document names that state too; None without a dateline.

    A story filed from a country reports that country's votes: "the elections held on Sunday"
    in a story datelined in its capital are that country's elections. With ``capitals``, a
    capital gives its state even where the text never names it: "CAPITAL — Foreign Minister X
    said" needs no more to say whose minister X is. With ``alone``, a town alone on its line dates
    the text too: a police briefing headed by its town names its officials bare (events keep the
    stricter form: a place-name line above a package is as often a caption as a dateline).
    """
    from kg.extract.event_args import capital_state
    from kg.lexicon.gazetteer import settlement_for  # large tables: late

    states = {k for k, e in index.by_key.items() if e.type == "State"}
    for m in (_DATELINE_OR_TOWN if alone else _DATELINE).finditer(text[:_DATELINE_REACH]):
        entity = index.at(m.start(1), m.end(1))
        if entity is None:  # a city the entity layer left out of a dateline: a large GeoNames city will do
            city = settlement_for(m.group(1), primary_only=True)
            if city is not None and city.population >= _DATELINE_CITY and f"state/{city.country}" in states:
                return f"state/{city.country}"
            continue
        if entity.type == "State":
            return entity.key
        if entity.type in _LOCAL_TYPES:
            capital = capital_state(entity)
            state = capital or _state_of(entity, states)
            return state if state in states or (capitals and state is not None and state == capital) else None
    return None


def _other_side(destination: tuple[str, ...], states: set[str]) -> tuple[str, ...]:
    """ "4,000 people crossed into X" in a story of two neighbouring states X and Y: from Y (and
    "4,000 people left X": into Y, given the origin).

    Only a state the flow goes into (or out of) counts, and only when the story names no third
    state: with more, the text must say where people came from or went.
    """
    from kg.lexicon.gazetteer import neighbours  # large tables: late

    into = [k for k in destination if k in states]
    if len(states) != 2 or len(into) != 1:
        return ()
    (other,) = states - {into[0]}
    code = into[0].removeprefix("state/")
    return (other,) if other.removeprefix("state/") in neighbours(code) else ()


def _widened(keys: tuple[str, ...], index: EntityIndex, states: set[str]) -> tuple[str, ...]:
    out = list(keys)
    for key in keys:
        entity = index.by_key.get(key)
        state = _state_of(entity, states) if entity is not None and entity.type in _LOCAL_TYPES else None
        if state is not None and state not in out:
            out.append(state)
    return tuple(out)


def with_states(events: tuple[Event, ...], index: EntityIndex) -> tuple[Event, ...]:
    """``events`` with the named states of their origins, destinations and places added after them."""
    states = {k for k, e in index.by_key.items() if e.type == "State"}
    if not states:
        return events
    out = []
    for ev in events:
        destination = _widened(ev.destination, index, states)
        if ev.type == "BorderCrossing" and not ev.origin:  # "crossed into the X region": from X's neighbour
            ev = replace(ev, origin=_other_side(destination, states))
        if ev.type == "BorderCrossing" and not destination:  # "9,000 people left X": into X's neighbour
            destination = _other_side(_widened(ev.origin, index, states), states)
        # a flow within one state ("from X to Y" of the same state) gains no origin state
        origin = tuple(k for k in _widened(ev.origin, index, states) if k in ev.origin or k not in destination)
        out.append(replace(ev, origin=origin, destination=destination, place=_widened(ev.place, index, states)))
    return tuple(out)
