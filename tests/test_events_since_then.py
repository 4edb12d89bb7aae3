"""Two ways a flow's opening time was lost:

* "Since then" counts from the last day the story named: "The Kessin post opened on the first of
  June. Since then, 11,040 people have entered ..." starts on 1 June.
* A time phrase opening the sentence that the parser takes for the sentence's root, with the clause
  after it as a relative clause ("Since the first of July our police registered one hundred and
  ninety thousand entries"), still dates that clause's figure.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2026, 8, 20)

NAMES = {
    "Norland": ("state/norland", "State"),
    "Tarnia": ("state/tarnia", "State"),
    "Kessin": ("checkpoint/kessin", "Checkpoint"),
}


def _start(nlp: Language, text: str, count: int) -> str | None:
    events = named_events(nlp, text, NAMES, PUB)
    return next(e for e in events if e.type == "BorderCrossing" and e.count == count).start_date


@pytest.mark.parametrize(
    ("text", "count", "start"),
    [
        (
            "The Kessin post opened on the first of June. Since then, eleven thousand and forty people have "
            "entered Norland through Kessin.",
            11040,
            "2026-06-01",
        ),
        (
            "Tarnia lifted its exit ban on 3 August. Since then about 2,100 people have crossed into Norland, "
            "the agency said.",
            2100,
            "2026-08-03",
        ),
    ],
)
def test_since_then_starts_on_the_day_named_before(nlp: Language, text: str, count: int, start: str) -> None:
    assert _start(nlp, text, count) == start


@pytest.mark.parametrize(
    ("text", "count", "start"),
    [
        (
            "Since the first of July our police registered one hundred and ninety thousand entries into Norland.",
            190000,
            "2026-07-01",
        ),
        (
            "Since the first of April our border police registered one hundred and ten thousand crossings into "
            "Norland.",
            110000,
            "2026-04-01",
        ),
    ],
)
def test_an_opening_time_read_as_the_root_dates_the_clause(nlp: Language, text: str, count: int, start: str) -> None:
    assert _start(nlp, text, count) == start
