"""People who "landed" somewhere arrived there, as releases on boat arrivals across a sea or a lake
say: "some 3,180 refugees have landed in X this spring", "about 600 migrants landed at Y last week".
A boat or a plane that lands is no flow of people.

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
    "Kelvo District": ("region/kelvo", "Region"),
    "Port Adrin": ("settlement/port-adrin", "Settlement"),
}


def _crossings(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("text", "place", "count"),
    [
        ("Some 3,180 refugees have landed in Kelvo District this spring, the agency said.", "region/kelvo", 3180),
        (
            "About 600 migrants landed at Port Adrin last week, most of them in small boats.",
            "settlement/port-adrin",
            600,
        ),
    ],
)
def test_people_who_landed_arrived(nlp: Language, text: str, place: str, count: int) -> None:
    (crossing,) = _crossings(nlp, text)
    assert place in crossing.destination and count in (crossing.count, crossing.count_min, crossing.count_max)


def test_a_craft_that_landed_is_no_flow(nlp: Language) -> None:
    assert _crossings(nlp, "The supply plane landed at Port Adrin on Monday after a delay of two hours.") == []
