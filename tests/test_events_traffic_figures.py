"""How busy a crossing is, told through "traffic" and a verb of measure, is a flow through that
crossing: "traffic at X averages 3,200 travellers daily", "freight traffic through X was roughly
900 lorries per day", "traffic across the X bridge reached 5,100 vehicles in a day". Traffic with no way
named, or no figure counted in people or vehicles, is none.

Every story here is invented for the test; entities are built by hand so that only event
reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Tuesday.
PUB = date(2026, 6, 16)

NAMES = {
    "Estonia": ("state/EE", "State"),
    "Latvia": ("state/LV", "State"),
    "Pellervo": ("checkpoint/pellervo", "Checkpoint"),
    "Saaremark Bridge": ("checkpoint/saaremark-bridge", "Checkpoint"),
}


def _flows(nlp: Language, text: str) -> list[Event]:
    text = "Estonia, 16 June 2026 - " + text
    return [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("text", "way", "count"),
    [
        (
            "Traffic at Pellervo averages about 3,200 travellers a day, the border guard says.",
            "checkpoint/pellervo",
            3200,
        ),
        ("Freight traffic through Pellervo was roughly 900 lorries per day during May.", "checkpoint/pellervo", 900),
        (
            "In May, traffic across the Saaremark Bridge reached 5,100 vehicles a day.",
            "checkpoint/saaremark-bridge",
            5100,
        ),
        (
            "Traffic on the Saaremark Bridge exceeded an average of 6,400 passengers a day in April.",
            "checkpoint/saaremark-bridge",
            6400,
        ),
    ],
)
def test_traffic_counted_at_a_crossing_is_a_flow_through_it(nlp: Language, text: str, way: str, count: int) -> None:
    (flow,) = _flows(nlp, text)
    assert flow.count == count
    assert flow.per_time_unit == "day"
    assert flow.via == (way,)
    assert flow.destination == ("state/EE",)


@pytest.mark.parametrize(
    "text",
    [
        "Traffic in the capital was heavy on Monday, with 4,000 cars an hour on the ring road.",
        "Traffic at Pellervo rose by 9 per cent last week.",
        "Traffic at Pellervo reached its highest level of the year in May.",
        "Traffic through Pellervo was slow because 40 lorries were waiting.",
    ],
)
def test_traffic_with_no_counted_figure_or_way_is_no_flow(nlp: Language, text: str) -> None:
    assert not _flows(nlp, text)
