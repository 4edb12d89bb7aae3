"""A period's end set by a time of day before its day: "closed until 11 a.m. on Friday", "shut till
23:10 on 19 June", "until 6 p.m. tomorrow". The day is where the closure ends, not the day it
happened, and a weekday in a sentence about the future is the coming one, as "until Friday" is.
A pair "from 07:30 on A till 19:15 on B" stays one period, and a figure counted "since the reopening,
and until 19:45 on Tuesday" runs from the reopening's day to that end.

The event tests build their entities by hand so that only the reading of time is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.extract.timex import find_times

#: A Wednesday.
PUB = date(2026, 6, 17)

NAMES = {
    "Ostravel": ("state/ostravel", "State"),
    "Korvath": ("state/korvath", "State"),
    "Halden Pass": ("checkpoint/halden-pass", "Checkpoint"),
}


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("the road was shut until 11 a.m. on Monday", "2026-06-15"),
        ("the lanes stay blocked till 23:10 on 19 June", "2026-06-19"),
        ("the ferry will not sail until noon on Friday", "2026-06-19"),
        ("the quay stays shut until 6 p.m. tomorrow", "2026-06-18"),
    ],
)
def test_timex_until_a_time_of_day_ends_on_its_day(text: str, end: str) -> None:
    (t,) = find_times(text, PUB)
    assert (t.date, t.start_date, t.end_date) == (None, None, end)


def test_timex_time_of_day_without_until_stays_the_day() -> None:
    (t,) = find_times("the road was shut at 11 a.m. on Monday", PUB)
    assert (t.date, t.start_date, t.end_date) == ("2026-06-15", None, None)


def test_timex_from_and_until_times_stay_one_period() -> None:
    (t,) = find_times("the quay is shut to coaches from 07:30 on Sunday 14 June till 19:15 on Monday 15 June", PUB)
    assert (t.start_date, t.end_date) == ("2026-06-14", "2026-06-15")


@pytest.mark.parametrize(
    ("text", "end"),
    [
        (
            "The Halden Pass crossing will stay closed until 11 a.m. on Friday, the interior ministry said.",
            "2026-06-19",
        ),
        ("Ostravel has closed the Halden Pass crossing until 6 p.m. tomorrow.", "2026-06-18"),
        ("The Halden Pass crossing was shut to lorries until 13:25 on Monday.", "2026-06-15"),
    ],
)
def test_events_closure_until_a_time_of_day_ends_then(nlp: Language, text: str, end: str) -> None:
    (closure,) = [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderClosure"]
    assert (closure.date, closure.end_date) == (None, end)


@pytest.mark.parametrize(
    "text",
    [
        "The Halden Pass crossing reopened on Monday 15 June. Since the reopening, and up to 19:45 on"
        " Tuesday, a total of 2,148 travellers have reached Ostravel from Korvath.",
        "Traffic resumed when the Halden Pass crossing reopened on Monday 15 June. Since the reopening, and up"
        " to midnight on Tuesday, 2,148 people have come into Ostravel from Korvath.",
    ],
)
def test_events_since_the_reopening_until_a_time_of_day(nlp: Language, text: str) -> None:
    (flow,) = [e for e in named_events(nlp, text, NAMES, PUB) if e.count == 2148]
    assert (flow.start_date, flow.end_date) == ("2026-06-15", "2026-06-16")
