"""Two ways a flow's opening time was lost:

* "Since then" counts from the last day the story named: a figure after "The ferry resumed on 4
  May. Since then, ..." starts on 4 May.
* A time phrase opening the sentence that the parser takes for the sentence's root, with the clause
  after it as a relative clause, still dates that clause's figure.

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
            "A new ferry from Tarnia began sailing on the fourth of May. Since then, eight thousand five hundred "
            "people have come ashore in Norland.",
            8500,
            "2026-05-04",
        ),
        (
            "Tarnia lifted its exit ban on 3 August. Since then about 3,415 people have crossed into Norland, "
            "the agency said.",
            3415,
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
            "Since the first of October our border police registered seventy-three thousand entries into Norland.",
            73000,
            "2025-10-01",
        ),
        (
            "Since the first of May our customs police registered thirteen thousand and ninety arrivals in Norland.",
            13090,
            "2026-05-01",
        ),
    ],
)
def test_an_opening_time_read_as_the_root_dates_the_clause(nlp: Language, text: str, count: int, start: str) -> None:
    assert _start(nlp, text, count) == start
