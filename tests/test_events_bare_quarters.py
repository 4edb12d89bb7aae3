"""A quarter or half named without its year ("in the third quarter") is the latest one begun by
publication (this year's in a sentence about the future); a count "in the quarter" or "in the
period" with no time of its own covers the period a sentence before states ("between April and
June ... Eleven were arrested in the quarter").

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
    "Hollmere": ("settlement/hollmere", "Settlement"),
}


def _arrests(nlp: Language, text: str) -> list[Event]:
    return [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "Event" and e.count is not None]


def _span(text: str, published: date) -> tuple[str | None, str | None]:
    (t,) = find_times(text, published)
    return t.start_date, t.end_date


@pytest.mark.parametrize(
    ("text", "published", "span"),
    [
        ("Most of those held in the second quarter came by boat.", PUB, ("2026-04-01", "2026-06-30")),
        ("Most of those held in the fourth quarter came by boat.", PUB, ("2025-10-01", "2025-12-31")),
        ("The new lane will open in the fourth quarter.", PUB, ("2026-10-01", "2026-12-31")),
        ("Seizures doubled during the first half, officials said.", PUB, ("2026-01-01", "2026-06-30")),
    ],
)
def test_a_quarter_without_its_year(text: str, published: date, span: tuple[str, str]) -> None:
    assert _span(text, published) == span


@pytest.mark.parametrize(
    "text",
    [
        "Police counted 310 people who crossed from Kesselmark into Varnolia without papers between April and "
        "June. Eleven people were arrested for smuggling in the quarter.",
        "The agency's report covers the second quarter of 2026, from April to June. Border guards arrested 14 "
        "suspected smugglers near Hollmere in the period, the report said.",
        "The figures cover the months from April to June. In the quarter, border guards arrested 14 suspected "
        "smugglers near Hollmere.",
    ],
)
def test_a_count_in_the_quarter_or_period_takes_the_period_before(nlp: Language, text: str) -> None:
    (arrest,) = _arrests(nlp, text)
    assert (arrest.start_date, arrest.end_date) == ("2026-04-01", "2026-06-30")


def test_in_the_quarter_after_a_single_week_takes_no_period(nlp: Language) -> None:
    text = (
        "Police counted 40 people who crossed from Kesselmark into Varnolia between 6 and 12 April. "
        "Eleven people were arrested for smuggling in the quarter."
    )
    (arrest,) = _arrests(nlp, text)
    assert (arrest.start_date, arrest.end_date) == (None, None)
