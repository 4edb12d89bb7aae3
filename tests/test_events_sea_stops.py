"""Stops at sea: a boat with people aboard, stopped by a state's coast guard, is a stopped crossing
into that state; "left six people dead" moves no one; "including nine children" is no second figure.

Every sentence and name is invented for the test (the states are real, for their names), each class
in two or more wordings. Entities are built by hand so that only event reading is tested.
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
    "Palau": ("state/PW", "State"),
    "Palau Maritime Police": ("agency/palau-maritime-police", "Agency"),
    "Nauru Coast Guard": ("agency/nauru-coast-guard", "Agency"),
    "Nauru": ("state/NR", "State"),
}


def _crossings(nlp: Language, text: str) -> list[Event]:
    entities = entities_named(text, NAMES)
    events = find_events(nlp(text), Article(id="t", text=text, source="test", published=PUB), entities, ())
    return [e for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("text", "state", "count"),
    [
        ("Officers of the Palau Maritime Police intercepted two skiffs carrying 38 people on Sunday.", "state/PW", 38),
        (
            "The Nauru Coast Guard says it stopped a canoe near the reef on Saturday with 27 people on board.",
            "state/NR",
            27,
        ),
    ],
)
def test_events_sea_stops_boat_with_people_is_a_stopped_crossing(
    nlp: Language, text: str, state: str, count: int
) -> None:
    (ev,) = _crossings(nlp, text)
    assert (ev.count, ev.destination) == (count, (state,))


@pytest.mark.parametrize(
    "text",
    [
        "The Nauru Coast Guard intercepted a dinghy with 30 people aboard, including eleven children.",
        "Officers of the Palau Maritime Police stopped a boat carrying 30 migrants, among them four women.",
    ],
)
def test_events_sea_stops_a_part_of_those_aboard_is_no_second_figure(nlp: Language, text: str) -> None:
    assert [e.count for e in _crossings(nlp, text)] == [30]


@pytest.mark.parametrize(
    "text",
    [
        "In April, 900 people arrived in Palau by sea. A night of clashes left six people dead in the port.",
        "In April, 900 people arrived in Palau by sea. The storm has left 2,400 residents homeless.",
    ],
)
def test_events_sea_stops_people_left_dead_or_homeless_are_no_departure(nlp: Language, text: str) -> None:
    assert [e.count for e in _crossings(nlp, text)] == [900]
