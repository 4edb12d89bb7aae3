"""The edges of a year named relatively ("since the start of this year", "by the end of last
year"): one day, the year's first or last, resolved against publication; "so far this year" starts
on the first; on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.timex import find_times

#: A Thursday in late spring.
PUB = date(2026, 5, 21)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Since the start of this year, wardens have turned back 310 hikers.", (None, "2026-01-01", None)),
        ("the harbour office has logged 57 yachts from the start of the year", (None, "2026-01-01", None)),
        ("from the beginning of last year the river patrol stopped 96 boats", (None, "2025-01-01", None)),
        ("the new lane should open by the end of this year", (None, None, "2026-12-31")),
        ("Until the end of last year the post handled few lorries.", (None, None, "2025-12-31")),
    ],
)
def test_timex_relative_year_edges(text: str, expected: tuple[str | None, str | None, str | None]) -> None:
    (t,) = find_times(text, PUB)
    assert (t.date, t.start_date, t.end_date) == expected


def test_timex_relative_year_edge_is_one_period_with_a_later_end() -> None:
    (t,) = find_times("from the start of last year until the end of last year", PUB)
    assert (t.start_date, t.end_date) == ("2025-01-01", "2025-12-31")


def test_timex_bare_relative_year_is_still_the_year() -> None:
    (t,) = find_times("fewer crossings than in the same weeks last year", PUB)
    assert (t.date, t.start_date) == ("2025", None)


@pytest.mark.parametrize(
    "text",
    [
        "So far this year the ferry office has counted 4,020 foot passengers.",
        "Wardens have turned back 310 hikers this year to date.",
        "Year-to-date, the lake patrol has stopped 57 boats.",
        "the harbour logged 96 yachts this year so far",
    ],
)
def test_timex_year_so_far_starts_on_the_first_of_january(text: str) -> None:
    (t,) = find_times(text, PUB)
    assert (t.date, t.start_date, t.end_date) == (None, "2026-01-01", None)
