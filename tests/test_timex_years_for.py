"""A year after "for" is the year a figure covers: "the figures for 2025", "For 2025 as a whole,
the guards recorded ..." give the year, as "in 2025" does; a number after "for" that is no year
("for 2,025 people", "for 2025-26") gives none.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.timex import find_times

PUB = date(2026, 6, 10)


@pytest.mark.parametrize(
    "text",
    [
        "The harbour office's tallies for 2025 list 18,240 passengers on the night ferries.",
        "For 2025 as a whole, the inspectors logged 3,815 lorries turned back at the weighbridge.",
    ],
)
def test_a_year_after_for_is_dated(text: str) -> None:
    assert [t.date for t in find_times(text, PUB)] == ["2025"]


@pytest.mark.parametrize(
    "text",
    [
        "The hostel has beds for 2,025 people.",
        "The board set aside funds for 2025-26 to repair the quay.",
    ],
)
def test_a_number_after_for_that_is_no_year_is_not_dated(text: str) -> None:
    assert [t.date for t in find_times(text, PUB)] == []
