"""Two months said together: "between January and May" (the second month "May", which alone is
also the modal verb) and "in January and February" (two months in a row, counted as one
period) run from the first day of the first month to the last day of the second. Two months that
do not follow each other ("in January and March") stay two months.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.timex import find_times

PUB = date(2026, 6, 23)


def _periods(text: str) -> list[tuple[str | None, str | None]]:
    return [(t.start_date, t.end_date) for t in find_times(text, PUB) if t.start_date]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Between January and May, patrols stopped 900 people.", ("2026-01-01", "2026-05-31")),
        ("Patrols stopped 900 people from March to May.", ("2026-03-01", "2026-05-31")),
        ("Some 4,100 people crossed in January and February.", ("2026-01-01", "2026-02-28")),
        ("During March and April the camp took in 700 families.", ("2026-03-01", "2026-04-30")),
    ],
)
def test_two_months_said_together_are_one_period(text: str, period: tuple[str, str]) -> None:
    assert _periods(text) == [period]


@pytest.mark.parametrize(
    "text",
    [
        "Some 4,100 people crossed in January and March.",
        "Visitors from March and May Lindqvist's office met on Monday.",
        "Officials said talks may and should resume.",
    ],
)
def test_months_that_make_no_period_stay_apart(text: str) -> None:
    assert _periods(text) == [] or all(end is None for _, end in _periods(text))
