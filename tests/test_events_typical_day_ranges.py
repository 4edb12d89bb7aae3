"""A range of figures right after a described usual day or week ("On a typical weekday between 1,650
and 1,935 drivers cross", "In a normal week between 10,400 and 11,260 ...") is a rate per day
or week, even where the parser hangs the range on the day.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2026, 6, 17)

NAMES = {
    "Nordavia": ("state/nordavia", "State"),
    "Ostaria": ("state/ostaria", "State"),
    "Tolmaz": ("checkpoint/tolmaz", "Checkpoint"),
}


@pytest.mark.parametrize(
    ("text", "low", "unit"),
    [
        (
            "On a typical weekday between 1,650 and 1,935 people come into Nordavia through Tolmaz.",
            1650,
            "day",
        ),
        (
            "In a normal week between 10,400 and 11,260 people cross from Ostaria into Nordavia at Tolmaz.",
            10400,
            "week",
        ),
        (
            "On an average day between 735 and 845 Ostarians enter Nordavia through Tolmaz, officials say.",
            735,
            "day",
        ),
    ],
)
def test_events_range_after_a_usual_day_is_a_rate(nlp: Language, text: str, low: int, unit: str) -> None:
    events = [e for e in named_events(nlp, text, NAMES, PUB) if e.count_min == low]
    assert events, "the range is found"
    assert all(e.per_time_unit == unit for e in events)
