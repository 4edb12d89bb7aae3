"""A part set after a stopped or attempted total ("prevented 4,155 attempts to enter X, 263 of them in
May alone", "recorded 6,185 attempts ..., 1,915 of them in April alone") is a figure of its own, dated by
its own words; the total keeps its period.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

PUB = date(2026, 6, 10)

NAMES = {"Norvalia": ("state/norvalia", "State"), "Tarnia": ("state/tarnia", "State")}


def _attempts(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("text", "total", "part", "month"),
    [
        (
            "Since 1 January, frontier patrols have prevented 5,290 attempts to enter Norvalia illegally, "
            "347 of them in May alone.",
            5290,
            347,
            "2026-05",
        ),
        (
            "So far this year officers have recorded 6,185 attempts to enter Norvalia illegally, 1,915 of them in "
            "April alone.",
            6185,
            1915,
            "2026-04",
        ),
    ],
)
def test_a_part_of_a_stopped_total_is_its_own_figure(
    nlp: Language, text: str, total: int, part: int, month: str
) -> None:
    by_count = {e.count: e for e in _attempts(nlp, text)}
    assert set(by_count) == {total, part}
    assert by_count[part].date == month
    assert by_count[part].destination == ("state/norvalia",)
