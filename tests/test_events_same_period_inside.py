"""A figure "in / during the same period", "in the same three weeks" or "in the whole month" covers
the period stated before it: earlier in its own sentence ("871,000 crossed at X in 2025, and
593,000 at Y during the same period") or in a sentence before, including the open start of "since
1 January". A single day before stays no period, and "the same period last year" is no anaphor.

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
    "Vrenna Bridge": ("checkpoint/vrenna-bridge", "Checkpoint"),
    "Kelmar": ("settlement/kelmar", "Settlement"),
}


@pytest.mark.parametrize(
    ("text", "count", "period"),
    [
        (
            "Tolmaz counted 871,000 arrivals into Nordavia in 2025, while Vrenna Bridge saw 593,000 travellers"
            " enter Nordavia during the same period.",
            593000,
            ("2025-01-01", "2025-12-31"),
        ),
        (
            "Nordavia took in an average of 377 people a day from Ostaria at Tolmaz in May, and 11,690 people"
            " entered Nordavia there in the whole month.",
            11690,
            ("2026-05-01", "2026-05-31"),
        ),
        (
            "Since 1 January, 1,486 people have entered Nordavia from Ostaria at Tolmaz. Over the same period,"
            " Nordavian police arrested 43 people on suspicion of smuggling.",
            43,
            ("2026-01-01", None),
        ),
    ],
)
def test_events_same_period_points_back(nlp: Language, text: str, count: int, period: tuple[str, str | None]) -> None:
    events = [e for e in named_events(nlp, text, NAMES, PUB) if e.count == count]
    assert events, "the figure is found"
    assert all((e.start_date, e.end_date) == period for e in events)


def test_events_same_period_after_a_single_day_stays_undated(nlp: Language) -> None:
    text = (
        "On 14 March, gunmen fired on a patrol near Kelmar. In the same period, Nordavia sent 255 extra"
        " soldiers to Kelmar."
    )
    events = [e for e in named_events(nlp, text, NAMES, PUB) if e.count == 255]
    assert events and all(e.start_date is None and e.date is None for e in events)
