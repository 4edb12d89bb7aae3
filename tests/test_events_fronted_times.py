"""A time set at the head of a sentence covers the figure of a clause joined after the first one
("On Monday, 3,275 entered X, and 2,615 left", "Last week 3,275 entered X, while 2,615 left"); a
time written after the first verb is that clause's own and is not carried.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

#: A Wednesday.
PUB = date(2026, 6, 17)

NAMES = {
    "Nordavia": ("state/nordavia", "State"),
    "Ostaria": ("state/ostaria", "State"),
    "Tolmaz": ("checkpoint/tolmaz", "Checkpoint"),
}


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "On Monday, 3,275 people entered Nordavia from Ostaria through Tolmaz, and 2,615 left Nordavia for"
            " Ostaria.",
            ("2026-06-15", None, None),
        ),
        (
            "Last week 3,275 people entered Nordavia from Ostaria, while 2,615 left Nordavia for Ostaria.",
            (None, "2026-06-08", "2026-06-14"),
        ),
        (
            "In May, Nordavia registered 3,275 arrivals from Ostaria at Tolmaz, and some 2,615 travellers left"
            " Nordavia for Ostaria there.",
            ("2026-05", "2026-05-01", "2026-05-31"),
        ),
    ],
)
def test_events_fronted_time_covers_the_joined_clause(
    nlp: Language, text: str, when: tuple[str | None, str | None, str | None]
) -> None:
    events = {e.count: e for e in named_events(nlp, text, NAMES, PUB)}
    assert 2615 in events, "the joined clause's figure is found"
    assert (events[2615].date, events[2615].start_date, events[2615].end_date) == when


def test_events_time_after_the_first_verb_stays_its_own(nlp: Language) -> None:
    text = "3,275 people entered Nordavia from Ostaria on Monday, and 2,615 left Nordavia for Ostaria."
    events = {e.count: e for e in named_events(nlp, text, NAMES, PUB)}
    assert events[3275].date == "2026-06-15"
    assert 2615 in events and (events[2615].date, events[2615].start_date) == (None, None)
