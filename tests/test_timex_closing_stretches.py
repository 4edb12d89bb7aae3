"""Three ways a stretch of time lost its first or last day:

* a year or a number of months that closes on a day ("the fiscal year which closed on 30 June
  2025", "the eighteen months to 31 May") kept the closing day alone, as if the figure were one
  day's; a financial year is twelve months whichever month it starts in;
* a period whose ends are parts of days ("from the afternoon of Friday 2 October to the night of
  Sunday 4 October") kept its first day alone;
* a day that dates the happening a "since" phrase names ("since the storm of 4 October") was read
  as the day of the figure, not the day its period opens.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.timex import find_times

PUBLISHED = date(2026, 10, 20)


def _period(text: str) -> tuple[str | None, str | None, str | None]:
    (t,) = [t for t in find_times(text, PUBLISHED) if t.resolved]
    return t.date, t.start_date, t.end_date


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Across the fiscal year which closed on 30 June 2025, the river ferries carried 211,400 passengers.",
            "2024-07-01",
            "2025-06-30",
        ),
        ("For the budget year ending 31 March 2026 the agency logged 61,470 entries.", "2025-04-01", "2026-03-31"),
        ("The eighteen months to 31 May saw 9,770 asylum claims lodged at the airport.", "2024-12-01", "2026-05-31"),
        ("In the year to August 2026 lorry traffic on the bridge grew by a tenth.", "2025-09-01", "2026-08-31"),
    ],
)
def test_a_year_or_months_closing_on_a_day_is_a_period(text: str, start: str, end: str) -> None:
    assert _period(text) == (None, start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Ferries stayed in port from the afternoon of Friday 2 October to the night of Sunday 4 October.",
            "2026-10-02",
            "2026-10-04",
        ),
        (
            "The valley road was shut between the early morning of 11 October and the evening of 13 October.",
            "2026-10-11",
            "2026-10-13",
        ),
    ],
)
def test_a_period_between_parts_of_days_keeps_both_days(text: str, start: str, end: str) -> None:
    assert _period(text) == (None, start, end)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Since the storm of 4 October, rescuers have moved 3,170 villagers to higher ground.", "2026-10-04"),
        ("Some 647 families have been sheltered in schools since the landslide of 12 September.", "2026-09-12"),
        ("Since the floods of early August the town has housed about 893 people in tents.", "2026-08-01"),
    ],
)
def test_the_day_of_a_happening_after_since_opens_the_period(text: str, start: str) -> None:
    assert _period(text) == (None, start, None)
