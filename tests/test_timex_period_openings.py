"""Two ways news opens a period that the day patterns missed, on invented sentences:

- a day of the month written as an ordinal word ("since the first of September", "on the
  twenty-first of March"), read like "1 September";
- a day after a word of inception ("starting on 9 May", "beginning on 3 June", "effective 1 July",
  "as from Monday", "starting yesterday"): the period opens that day, as after "from", instead of the day being the
  event's one date.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.timex import find_times

#: A Friday in late autumn.
PUB = date(2026, 11, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Since the first of September the ferry has carried 4,100 passengers.", (None, "2026-09-01", None)),
        ("The harbour office counted 212 yachts on the twenty-first of March 2026.", ("2026-03-21", None, None)),
        ("the count has run from the second of October", (None, "2026-10-02", None)),
        ("Wardens turned back 48 hikers on the third of November.", ("2026-11-03", None, None)),
    ],
)
def test_timex_ordinal_word_days(text: str, expected: tuple[str | None, str | None, str | None]) -> None:
    (t,) = find_times(text, PUB)
    assert (t.date, t.start_date, t.end_date) == expected


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("reservists called up for a camp of three weeks starting on 9 November", "2026-11-09"),
        ("the new lanes open to lorries beginning on 3 November", "2026-11-03"),
        ("The ferry timetable applies effective 1 July 2026.", "2026-07-01"),
        ("Starting 12 November, the post will stay open at night.", "2026-11-12"),
        ("the rule applies as from Monday", "2026-11-16"),
        ("Starting yesterday, 300 more officers are being sent to the coast.", "2026-11-19"),
        ("beginning today the ferry runs twice a day", "2026-11-20"),
    ],
)
def test_timex_inception_words_open_a_period(text: str, start: str) -> None:
    (t,) = find_times(text, PUB)
    assert (t.date, t.start_date, t.end_date) == (None, start, None)


def test_timex_ordinal_without_month_is_no_day() -> None:
    assert find_times("the first of these boats docked at dawn", PUB) == []
