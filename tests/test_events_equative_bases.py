"""The base of an equative comparison ("three times as many as in February", "half as many as in 2019") is
not the time of the figure before it: the figure keeps the time its own clause gives ("last year",
"last month"), the way "than in 2022" already was.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2026, 6, 17)

NAMES = {
    "Nordavia": ("state/nordavia", "State"),
    "Ostaria": ("state/ostaria", "State"),
    "Tolmaz": ("checkpoint/tolmaz", "Checkpoint"),
}


@pytest.mark.parametrize(
    ("text", "count", "start"),
    [
        (
            "Tolmaz handled 387,600 arrivals into Nordavia last year, twice as many as in 2022.",
            387600,
            "2025-01-01",
        ),
        (
            "Some 52,000 travellers crossed into Nordavia at Tolmaz last year, roughly as many as in 2019.",
            52000,
            "2025-01-01",
        ),
        (
            "Last month 2,845 Ostarians entered Nordavia through Tolmaz, three times as many as in February.",
            2845,
            "2026-05-01",
        ),
    ],
)
def test_events_equative_base_is_no_time_of_the_figure(nlp: Language, text: str, count: int, start: str) -> None:
    events = [e for e in named_events(nlp, text, NAMES, PUB) if e.count == count]
    assert events, "the crossing is found"
    assert all(e.start_date == start for e in events)
