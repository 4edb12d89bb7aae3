"""A period of N days or weeks closing on a day: "in the eleven weeks up to and including Friday 9
April", "in the two weeks to 14 June", "the 10 days up to 20 May".

Before, only "the week to X" and "the seven days ending X" were read as periods; the longer ones
kept the closing day alone, as if the figure were one day's.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.timex import find_times

PUBLISHED = date(2027, 3, 10)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "In the six weeks up to and including Sunday 7 March, the guards counted 3,410 entries.",
            "2027-01-25",
            "2027-03-07",
        ),
        ("In the two weeks to 28 February, 905 people crossed at the river post.", "2027-02-15", "2027-02-28"),
        ("Over the 10 days up to 5 March the shelter took in 260 families.", "2027-02-24", "2027-03-05"),
        ("In the week to Sunday 7 March the port handled 40 boats.", "2027-03-01", "2027-03-07"),
    ],
)
def test_n_weeks_or_days_up_to_a_day(text: str, start: str, end: str) -> None:
    periods = [(t.start_date, t.end_date) for t in find_times(text, PUBLISHED) if t.start_date]
    assert periods == [(start, end)]


def test_a_word_that_is_no_number_makes_no_period() -> None:
    found = find_times("The busiest weeks to 7 March were quiet at the post.", PUBLISHED)
    assert not [t for t in found if t.start_date]
