"""Vehicles counted alone are road traffic across the border ("1,200 vehicles use the crossing" is a
flow of 1,200 a day), but in "3,400 cars and 12,000 people entered" only the people are the figure.

Every sentence is invented for the test, in two or more wordings. Entities are built by hand so that
only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import entities_named
from spacy.language import Language

from kg.extract.events import find_events
from kg.model import Article, Event

#: A Monday in May.
PUB = date(2027, 5, 17)

NAMES = {
    "Ruritania": ("state/RU-X", "State"),
    "Elm Bridge": ("checkpoint/elm-bridge", "Checkpoint"),
}


def _crossings(nlp: Language, text: str) -> list[Event]:
    entities = entities_named(text, NAMES)
    events = find_events(nlp(text), Article(id="t", text=text, source="test", published=PUB), entities, ())
    return [e for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    "text",
    [
        "About 1,200 vehicles use the Elm Bridge crossing into Ruritania every day.",
        "Each day some 1,200 cars cross the Elm Bridge into Ruritania.",
    ],
)
def test_events_vehicles_alone_are_a_flow_of_traffic(nlp: Language, text: str) -> None:
    (flow,) = _crossings(nlp, text)
    assert flow.count == 1200
    assert flow.per_time_unit == "day"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("On Sunday, 3,400 cars and 12,000 people entered Ruritania through Elm Bridge.", 12000),
        ("On Sunday 3,400 vehicles and 12,000 travellers crossed into Ruritania at Elm Bridge.", 12000),
        ("Last week 2,100 cars and 8,000 people crossed into Ruritania.", 8000),
    ],
)
def test_events_vehicles_beside_people_leave_the_people_as_the_figure(nlp: Language, text: str, people: int) -> None:
    assert [e.count for e in _crossings(nlp, text)] == [people]
