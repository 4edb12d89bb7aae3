"""Two weekdays in a row said together ("on Saturday and Sunday", "over Friday and Saturday") are
one period from the first to the second, as "on 6 and 7 June" is: a closure or a count told that
way covers both days. Two weekdays that do not follow each other stay two days.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.extract.timex import find_times

#: A Wednesday.
PUB = date(2026, 6, 17)


def _periods(text: str) -> list[tuple[str | None, str | None]]:
    return [(t.start_date, t.end_date) for t in find_times(text, PUB) if t.start_date]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("The road was closed on Saturday and Sunday after the storm.", ("2026-06-13", "2026-06-14")),
        ("Some 3,730 people crossed over Friday and Saturday, officials said.", ("2026-06-12", "2026-06-13")),
        ("Monday and Tuesday saw 615 arrivals at the camp.", ("2026-06-15", "2026-06-16")),
    ],
)
def test_timex_two_weekdays_in_a_row_are_one_period(text: str, period: tuple[str, str]) -> None:
    assert _periods(text) == [period]


def test_timex_two_weekdays_apart_stay_two_days() -> None:
    assert _periods("Talks were held on Monday and Thursday.") == []


def test_timex_weekday_pair_dates_a_closure(nlp: Language) -> None:
    names = {"Nordavia": ("state/nordavia", "State"), "Tolmaz": ("checkpoint/tolmaz", "Checkpoint")}
    text = (
        "Nordavia closed the Tolmaz crossing for two days, on Saturday and Sunday, during a strike of customs officers."
    )
    (closure,) = [e for e in named_events(nlp, text, names, PUB) if e.type == "BorderClosure"]
    assert (closure.start_date, closure.end_date) == ("2026-06-13", "2026-06-14")
