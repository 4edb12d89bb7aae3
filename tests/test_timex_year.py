"""Parts of a year ("the first eight months of 2027", "the second quarter of last year"), on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.timex import find_times
from kg.extract.timex_year import year_part

#: A Wednesday in mid-October.
PUB = date(2026, 10, 14)


def _one(text: str) -> tuple[str | None, str | None, str | None]:
    (t,) = find_times(text, PUB)
    return t.date, t.start_date, t.end_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the agency logged 930 returns in the first nine months of 2025", (None, "2025-01-01", "2025-09-30")),
        ("police made 85 arrests in the first three months of the year", (None, "2026-01-01", "2026-03-31")),
        ("arrivals fell in the second quarter of last year", (None, "2025-04-01", "2025-06-30")),
        ("the ferry carried 12,000 passengers during the first half of this year", (None, "2026-01-01", "2026-06-30")),
        ("in the last two months of 2024 the port stayed busy", (None, "2024-11-01", "2024-12-31")),
        ("applications have doubled since the first quarter of 2026", (None, "2026-01-01", None)),
    ],
)
def test_timex_year_parts_are_periods(text: str, expected: tuple[str | None, str | None, str | None]) -> None:
    assert _one(text) == expected


def test_timex_year_part_that_does_not_fit_stays_unresolved() -> None:
    (t,) = find_times("in the first 14 months of 2025", PUB)
    assert not t.resolved
    assert year_part(2025, "first", 13, None) is None


def test_timex_year_part_leaves_a_past_stretch_of_days_alone() -> None:
    (t,) = find_times("the guards turned back 70 people over the past three months", PUB)
    assert (t.start_date, t.end_date) == ("2026-07-16", "2026-10-13")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("since the beginning of 2025 the rangers have counted 4,310 crossings", (None, "2025-01-01", None)),
        ("the ferry office has logged 780 returns from the start of 2024", (None, "2024-01-01", None)),
        ("the ministry promised a second gate by the end of 2027", (None, None, "2027-12-31")),
    ],
)
def test_timex_year_edge_with_written_year_opens_or_closes_a_period(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    """ "Since the beginning of 2025" opens a period on 1 January, "by the end of 2027" closes one on 31 December."""
    assert _one(text) == expected
