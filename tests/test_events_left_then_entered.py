"""The entry/exit pair the other way round: "3,100 people left X and 2,800 entered it", "640
travellers left Y, while 590 entered it". The entering half names no place of its own: it entered the
place the joined leaving named.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Tuesday.
PUB = date(2031, 5, 20)

NAMES = {
    "Veltrania": ("state/veltrania", "State"),
    "Kelvo": ("settlement/kelvo", "Settlement"),
}


def _crossings(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("text", "place", "entered"),
    [
        (
            "Over the weekend 3,100 people left Veltrania and 2,800 entered it, the police said.",
            "state/veltrania",
            2800,
        ),
        ("On Sunday, 640 travellers left Kelvo, while 590 entered it.", "settlement/kelvo", 590),
    ],
)
def test_the_entry_reaches_the_place_just_left(nlp: Language, text: str, place: str, entered: int) -> None:
    events = {e.count: e for e in _crossings(nlp, text)}
    assert events[entered].destination == (place,)
    assert place not in events[entered].origin


def test_entering_the_country_is_not_the_place_just_left(nlp: Language) -> None:
    text = "On Sunday, 640 travellers left Kelvo and 590 entered the country."
    assert all(e.destination != ("settlement/kelvo",) for e in _crossings(nlp, text))
