"""A fortnight is fourteen days: "over the past fortnight" is the fourteen days before publication,
"a fortnight ago" the day fourteen days before it, as "the past two weeks" and "two weeks ago" are.

Every phrase is invented for the test, in two or more wordings.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.timex import find_times

PUB = date(2026, 6, 10)


@pytest.mark.parametrize(
    "text",
    [
        "Over the past fortnight some 640 people were turned back.",
        "In the last fortnight, 640 arrivals were logged at the port.",
        "Guards counted 640 crossings during the previous fortnight.",
    ],
)
def test_timex_fortnights_past(text: str) -> None:
    assert [(t.start_date, t.end_date) for t in find_times(text, PUB)] == [("2026-05-27", "2026-06-09")]


@pytest.mark.parametrize(
    ("text", "day"),
    [("The ferry stopped running a fortnight ago.", "2026-05-27"), ("It reopened two fortnights ago.", "2026-05-13")],
)
def test_timex_fortnights_ago(text: str, day: str) -> None:
    assert [t.date for t in find_times(text, PUB)] == [day]
