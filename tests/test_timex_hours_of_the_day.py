"""Two hours with no day named ("between midnight and 2pm", "from midnight to 9pm", "between dawn
and noon") are hours of the report's day, as "since noon" is; a day named after them ("between
midnight and 6am on Sunday", "... yesterday") is the day instead.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

PUB = date(2026, 7, 10)

NAMES = {
    "Varnolia": ("state/varnolia", "State"),
    "Kesselmark": ("state/kesselmark", "State"),
}


def _crossings(nlp: Language, text: str) -> list[Event]:
    return [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    "text",
    [
        "Police said 9,300 cars had entered Varnolia from Kesselmark between midnight and 2pm, about twice "
        "a normal Monday.",
        "Between dawn and noon, some 2,400 people crossed from Kesselmark into Varnolia, the border service said.",
        "From midnight to 9pm, the border service counted 2,400 people who crossed from Kesselmark into Varnolia.",
    ],
)
def test_hours_with_no_day_are_the_reports_day(nlp: Language, text: str) -> None:
    (crossing,) = _crossings(nlp, text)
    assert crossing.date == "2026-07-10"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Between midnight and 6am on Sunday, 300 people crossed from Kesselmark into Varnolia.", "2026-07-05"),
        ("Between midnight and 6 a.m. yesterday, 300 people crossed from Kesselmark into Varnolia.", "2026-07-09"),
    ],
)
def test_a_day_named_after_the_hours_wins(nlp: Language, text: str, day: str) -> None:
    (crossing,) = _crossings(nlp, text)
    assert crossing.date == day
