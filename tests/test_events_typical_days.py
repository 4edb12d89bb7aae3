"""A figure for a day or week that stands for any ("on an average day", "on a normal day", "in a
typical week") is a rate, as "a day" after the figure is; one named day or week ("on a cold day in
January", "in a single week") is not.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

PUB = date(2026, 6, 8)

NAMES = {
    "Varnolia": ("state/varnolia", "State"),
    "Ostrova": ("settlement/ostrova", "Settlement"),
}


def _crossings(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The commissioner said roughly 13,500 travellers cross into Varnolia on an average day.", "day"),
        ("On a normal day some 2,350 people cross lawfully into Varnolia at Ostrova, in both directions.", "day"),
        ("In a typical week some 9,000 people enter Varnolia through Ostrova, officials said.", "week"),
    ],
)
def test_typical_days_a_day_that_stands_for_any_is_a_rate(nlp: Language, text: str, unit: str) -> None:
    (crossing,) = _crossings(nlp, text)
    assert crossing.per_time_unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "On a cold day in January about 4,000 people crossed into Varnolia at Ostrova.",
        "In a single week about 4,000 people crossed into Varnolia at Ostrova.",
    ],
)
def test_typical_days_one_named_day_is_no_rate(nlp: Language, text: str) -> None:
    (crossing,) = _crossings(nlp, text)
    assert crossing.per_time_unit is None
