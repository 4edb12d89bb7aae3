"""Periods said in pieces, halves of a month, and days still to come.

- "from Tuesday, 4 May, to Friday, 14 May": a comma after the first day does not
  break the period;
- "the first half of March" is 1-15 March, "the second half of June" 16-30 June;
- two months joined by a dash are one period ("in October-December 2026", "the March–April figures");
- a range of days in a sentence about the future ("will be held between 2 and 30 November") lies
  ahead of publication, as a single day there does;
- a weekday after "by" or "until" where someone will, would or expects to act ("said the officers
  would arrive by Friday") is the coming one, not the last one before the story.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.timex import find_times

#: A Monday.
PUB = date(2027, 9, 27)


def _spans(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(t.date, t.start_date, t.end_date) for t in find_times(text, PUB)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Drills at the northern ranges run from Monday, 6 September, to Friday, 17 September.",
            "2027-09-06",
            "2027-09-17",
        ),
        (
            "Lanes stayed shut from Tuesday, August 3, until Thursday, August 12, the agency said.",
            "2027-08-03",
            "2027-08-12",
        ),
    ],
)
def test_a_comma_after_the_first_day_keeps_the_period(text: str, start: str, end: str) -> None:
    assert _spans(text) == [(None, start, end)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Some 9,100 people crossed at Brannock in the first half of July.", "2027-07-01", "2027-07-15"),
        ("Arrivals slowed during the second half of June 2026, officials said.", "2026-06-16", "2026-06-30"),
        ("Entries in the first half of April reached 3,300.", "2027-04-01", "2027-04-15"),
    ],
)
def test_a_half_of_a_month_is_its_days(text: str, start: str, end: str) -> None:
    assert _spans(text) == [(None, start, end)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The drills will be held at two ranges between November 1 and November 26.", "2027-11-01", "2027-11-26"),
        ("Talks are scheduled to take place from 14 to 16 December in Pennistad.", "2027-12-14", "2027-12-16"),
    ],
)
def test_a_range_in_a_sentence_about_the_future_lies_ahead(text: str, start: str, end: str) -> None:
    assert _spans(text) == [(None, start, end)]


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("The minister said forty more guards would arrive by Friday.", "2027-10-01"),
        ("Port engineers hope to have the ferry ramp repaired by Thursday.", "2027-09-30"),
        ("The road will stay closed until Sunday, the council said.", "2027-10-03"),
    ],
)
def test_a_deadline_still_to_come_is_the_coming_day(text: str, end: str) -> None:
    assert _spans(text) == [(None, None, end)]


def test_a_deadline_already_past_is_the_last_day() -> None:
    assert _spans("All 300 had crossed by Friday, the guards said.") == [(None, None, "2027-09-24")]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Conscripts will be called up in October-December 2027 under the decree.", "2027-10-01", "2027-12-31"),
        ("The March\u2013April figures show 5,200 crossings at the bridge.", "2027-03-01", "2027-04-30"),
    ],
)
def test_two_months_joined_by_a_dash_are_one_period(text: str, start: str, end: str) -> None:
    assert _spans(text) == [(None, start, end)]
