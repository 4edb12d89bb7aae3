"""A crossing that "handles" (processes, clears) a number of trucks or cars counts its own traffic:
"the X crossing handles some 860 trucks a day" is a flow through X, as the same figure
of people is. Officers who "checked 10,400 vehicles" at a post count inspections, no flow.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

#: A Friday.
PUB = date(2026, 10, 9)

NAMES = {
    "Nordavia": ("state/nordavia", "State"),
    "Kelmar": ("checkpoint/kelmar", "Checkpoint"),
}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("These days the Kelmar crossing handles some 860 trucks a day.", 860),
        ("In March the Kelmar border post cleared about seven hundred and twenty lorries a day.", 720),
        ("The Kelmar checkpoint processed roughly 2,640 cars a day during the holidays.", 2640),
    ],
)
def test_events_crossing_handles_vehicles(nlp: Language, text: str, count: int) -> None:
    events = [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing"]
    assert [(e.count, e.via, e.per_time_unit) for e in events] == [(count, ("checkpoint/kelmar",), "day")]


@pytest.mark.parametrize(
    "text",
    [
        "Customs officers checked 10,400 vehicles at the Kelmar crossing in August.",
        "Border guards inspected 3,200 trucks at Kelmar last month.",
    ],
)
def test_events_officers_checking_vehicles_is_no_flow(nlp: Language, text: str) -> None:
    assert not [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing"]
