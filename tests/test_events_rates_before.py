"""A rate written before its figure ("a daily average of 1,840 crossings", "a weekly total of about
3,000 arrivals") counts people per day or week, as "1,840 a day" does.

Every sentence is invented for the test, in two or more wordings, with near misses that must stay
plain counts. Entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.extract.quantities import find_quantities

PUB = date(2024, 8, 14)
NAMES = {"Malta": ("state/MT", "State"), "Andorra": ("state/AD", "State")}


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("officials logged a daily average of 1,840 crossings", "day"),
        ("a weekly total of about 3,000 arrivals", "week"),
        ("the daily figure of 900 people", "day"),
        ("the total of 5,000 people", None),
        ("an average of 1,840 crossings", None),
    ],
)
def test_events_rates_before_quantities(text: str, unit: str | None) -> None:
    assert [q.quantity.per_time_unit for q in find_quantities(text)] == [unit]


@pytest.mark.parametrize(
    "text",
    [
        "In July the border police recorded a daily average of 1,840 crossings into Malta from Andorra.",
        "Officials said a daily average of 1,840 people entered Malta from Andorra in July.",
    ],
)
def test_events_rates_before_are_rates(nlp: Language, text: str) -> None:
    events = named_events(nlp, text, NAMES, PUB)
    assert {e.count: e.per_time_unit for e in events if e.type == "BorderCrossing"} == {1840: "day"}
