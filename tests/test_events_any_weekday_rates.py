"""A figure told of "a weekday" or "a Saturday" (any such day, none in particular) is a daily
rate, and the weekday names no date: "On a typical weekday, five to six thousand cross";
"on an ordinary Tuesday ... enter". "On Saturday" alone is still that day.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.extract.timex import find_times
from kg.model import Event

PUB = date(2026, 7, 10)

NAMES = {
    "Varnolia": ("state/varnolia", "State"),
    "Kesselmark": ("state/kesselmark", "State"),
    "Tarnwick": ("settlement/tarnwick", "Settlement"),
}


def _crossings(nlp: Language, text: str) -> list[Event]:
    return [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    "text",
    [
        "On a typical weekday, five to six thousand people cross from Kesselmark into Varnolia at Tarnwick.",
        "Customs officers say that on an average weekday some 850 people enter Varnolia from "
        "Kesselmark through Tarnwick.",
        "On a Saturday, about 4,000 people cross from Kesselmark into Varnolia at Tarnwick, the mayor said.",
        "On an ordinary Tuesday, roughly 850 travellers enter Varnolia from Kesselmark.",
    ],
)
def test_a_figure_of_any_weekday_is_a_daily_rate_with_no_date(nlp: Language, text: str) -> None:
    (crossing,) = _crossings(nlp, text)
    assert crossing.per_time_unit == "day"
    assert (crossing.date, crossing.start_date, crossing.end_date) == (None, None, None)


def test_a_named_weekday_is_still_that_day(nlp: Language) -> None:
    text = "On Saturday, about 4,000 people crossed from Kesselmark into Varnolia at Tarnwick."
    (crossing,) = _crossings(nlp, text)
    assert (crossing.date, crossing.per_time_unit) == ("2026-07-04", None)


@pytest.mark.parametrize("phrase", ["on a Sunday", "every Monday", "on an ordinary Friday"])
def test_any_weekday_is_no_time_expression(phrase: str) -> None:
    assert find_times(f"The market is busiest {phrase}.", PUB) == []


@pytest.mark.parametrize(
    "text",
    ["The two ports signed an accord on Wednesday to share a terminal.", "The two ports signed a deal Wednesday."],
)
def test_a_weekday_after_an_indefinite_noun_is_that_day(text: str) -> None:
    assert [t.date for t in find_times(text, PUB)] == ["2026-07-08"]
