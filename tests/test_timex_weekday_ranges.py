"""A range of two days with their weekdays and one month: "between Tuesday 9 and Saturday 13
July", "from Friday 3 to Sunday 5 April".

Before, the weekday before the first day broke the range: the first weekday was read alone (the
last such day before publication) and the figure kept only the closing day.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.timex import find_times

PUBLISHED = date(2027, 5, 12)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Between Monday 3 and Sunday 9 May, 2,180 people entered through the post.", "2027-05-03", "2027-05-09"),
        ("From Friday 16 to Sunday 18 April the bridge carried 7,400 travellers.", "2027-04-16", "2027-04-18"),
        ("between Thursday, 6 and Saturday, 8 May the guards refused 45 people", "2027-05-06", "2027-05-08"),
    ],
)
def test_weekday_range_with_one_month(text: str, start: str, end: str) -> None:
    found = [(t.start_date, t.end_date, t.date) for t in find_times(text, PUBLISHED)]
    assert found == [(start, end, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the post on the night of Friday 7 to Saturday 8 May, the army said.",
        "The depot was looted in the night of 7 to 8 May.",
    ],
)
def test_night_of_two_days_is_dated_by_its_morning(text: str) -> None:
    found = [(t.date, t.start_date, t.end_date) for t in find_times(text, PUBLISHED)]
    assert found == [("2027-05-08", "2027-05-07", "2027-05-08")]
