"""Time expressions resolved against a publication date, on sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.timex import find_times

#: A Thursday.
PUB = date(2023, 6, 15)


def _one(text: str, published: date | None = PUB) -> tuple[str | None, str | None, str | None]:
    (t,) = find_times(text, published)
    return t.date, t.start_date, t.end_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the ministry said on Tuesday", ("2023-06-13", None, None)),
        ("officials said Thursday", ("2023-06-15", None, None)),
        ("the dam burst last Thursday", ("2023-06-08", None, None)),
        ("the border post reopened Monday (12)", ("2023-06-12", None, None)),
        ("rains started on Sunday (11)", ("2023-06-11", None, None)),
        ("polls closed yesterday", ("2023-06-14", None, None)),
        ("the vote was held on 3 March", ("2023-03-03", None, None)),
        ("talks resume on June 20", ("2023-06-20", None, None)),
        ("on Friday, 9 June 2023, at dawn", ("2023-06-09", None, None)),
        ("two weeks ago", ("2023-06-01", None, None)),
        ("floods hit the region last February", ("2023-02", None, None)),
        ("in May 2021", ("2021-05", None, None)),
        ("in 2014", ("2014", None, None)),
        ("last month", ("2023-05", None, None)),
    ],
)
def test_timex_resolves_days_and_months(text: str, expected: tuple) -> None:
    assert _one(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("arrivals last week", (None, "2023-06-05", "2023-06-11")),
        ("over the previous week", (None, "2023-06-05", "2023-06-11")),
        ("in the period June 5-11", (None, "2023-06-05", "2023-06-11")),
        ("between 5 and 11 June", (None, "2023-06-05", "2023-06-11")),
        ("from May 29 to June 4", (None, "2023-05-29", "2023-06-04")),
        ("since June 1", (None, "2023-06-01", None)),
        ("until 30 June", (None, None, "2023-06-30")),
        ("over the past three days", (None, "2023-06-12", "2023-06-14")),
        ("in the last four days", (None, "2023-06-11", "2023-06-14")),
        # a weekday named after an earlier one is the one after it, not the last one before the report
        ("the road will be shut from Thursday to Saturday", (None, "2023-06-15", "2023-06-17")),
        ("the bridge is closed between Wednesday and Friday", (None, "2023-06-14", "2023-06-16")),
    ],
)
def test_timex_resolves_periods_and_open_ends(text: str, expected: tuple) -> None:
    assert _one(text) == expected


def test_timex_weekday_and_day_that_disagree_keep_the_weekday() -> None:
    # June 15 2023 is a Thursday: "Wednesday (15)" is inconsistent, so the weekday wins.
    assert _one("the strike began last Wednesday (15)") == ("2023-06-14", None, None)


def test_timex_year_boundary_goes_back_to_last_year() -> None:
    assert _one("since December 28", date(2024, 1, 4)) == (None, "2023-12-28", None)


def test_timex_without_publication_date_resolves_only_explicit_dates() -> None:
    found = find_times("on Tuesday, and again on 21 September 2022", None)
    assert [(t.text, t.date) for t in found] == [("on Tuesday", None), ("on 21 September 2022", "2022-09-21")]
    assert not found[0].resolved


def test_timex_ignores_modal_may_and_clock_times() -> None:
    assert find_times("Officials may close the crossing at 10:30.", PUB) == []


def test_timex_offsets_are_shifted_into_the_article() -> None:
    text = "Chad said on Monday"
    (t,) = find_times(text, PUB, offset=100)
    assert (t.start, t.end, t.text) == (110, 119, "on Monday")


def test_timex_past_week_and_weekend() -> None:
    assert _one("over the past week") == (None, "2023-06-05", "2023-06-11")  # the ISO week before
    assert _one("in the first week of May") == (None, "2023-05-01", "2023-05-07")
    assert _one("during the last week of February") == (None, "2023-02-22", "2023-02-28")
    assert _one("over the weekend") == (None, "2023-06-10", "2023-06-11")


def test_timex_prefilter_keeps_every_shape() -> None:
    pub = date(2023, 6, 15)
    text = (
        "On 2023-06-01, from June 3 to 5, 4-6 June, Tuesday (13), over the past three days, two weeks "
        "ago, last weekend, in mid-March, on Friday, yesterday and since 2021 the figures rose."
    )
    kinds = [t.text for t in find_times(text, pub)]
    assert len(kinds) == 11, kinds
    assert find_times("Officers stopped hundreds of people near the village.", pub) == []


def test_timex_week_to_a_day_and_explicit_spans() -> None:
    pub = date(2021, 11, 10)  # a Wednesday
    (week,) = find_times("in the week to Sunday (7), arrivals rose", pub)
    assert (week.start_date, week.end_date, week.date) == ("2021-11-01", "2021-11-07", None)
    (span,) = find_times("voting ran from 23 October to 6 November", pub)
    assert (span.start_date, span.end_date, span.text) == ("2021-10-23", "2021-11-06", "from 23 October to 6 November")
    (between,) = find_times("between 1 November and 5 November", pub)
    assert (between.start_date, between.end_date) == ("2021-11-01", "2021-11-05")


def test_timex_relative_later_needs_an_anchor() -> None:
    from kg.extract.timex_relative import find_relative_times, last_day

    anchor = date(2023, 3, 3)
    (t,) = find_relative_times("Barely a week later it reopened", anchor, PUB)
    assert (t.text, t.date) == ("Barely a week later", "2023-03-10")
    (t,) = find_relative_times("two days later", anchor, PUB, offset=10)
    assert (t.start, t.date) == (10, "2023-03-05")
    assert find_relative_times("two days later", None, PUB) == []
    (t,) = find_relative_times("since the beginning of this month", None, PUB)
    assert (t.date, t.start_date) == (None, "2023-06-01")
    assert last_day(find_times("from 3 March to 9 March", PUB)) == date(2023, 3, 9)


@pytest.mark.parametrize(
    "text",
    [
        "President Jan Roe met the delegation",
        "the envoy April Lindqvist said the talks went well",
        "Deputy Jun Takeda spoke for the committee",
    ],
)
def test_timex_month_word_in_a_name_is_no_date(text: str) -> None:
    assert find_times(text, PUB) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("January was colder than usual", ("2023-01", None, None)), ("exports fell in Sept", ("2022-09", None, None))],
)
def test_timex_bare_month_still_counts(text: str, expected: tuple) -> None:
    assert _one(text) == expected


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The road is closed from Friday 9 June until Tuesday 13 June.", "2023-06-09", "2023-06-13"),
        ("The bridge shuts from 06:00 on Friday 9 June until 18:00 on Monday 12 June.", "2023-06-09", "2023-06-12"),
        ("Entries were suspended from 2 June till 5 June, officials said.", "2023-06-02", "2023-06-05"),
        # a clock word before the first day, and a period still to come read as one year
        ("The posts close from midnight on 20 June until 4 July.", "2023-06-20", "2023-07-04"),
        ("The road will shut from noon on 1 July until 3 July.", "2023-07-01", "2023-07-03"),
        ("The bridge will be closed from 24 June until 28 June.", "2023-06-24", "2023-06-28"),
    ],
)
def test_timex_from_a_day_until_another_is_one_period(text: str, start: str, end: str) -> None:
    """ "from X until Y" is one period, written with its clock times or with "until" standing alone."""
    (t,) = find_times(text, PUB)
    assert (t.start_date, t.end_date) == (start, end)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Police made 85 arrests in the district between January and April.", "between January and April"),
        ("The camp grew between March and May 2023, officials said.", "between March and May 2023"),
    ],
)
def test_timex_month_range_evidence_is_the_whole_phrase(text: str, phrase: str) -> None:
    """The evidence of a range of months starts at its "between", wherever it stands in the sentence."""
    (t,) = find_times(text, PUB)
    assert (t.text, text[t.start : t.end]) == (phrase, phrase)
