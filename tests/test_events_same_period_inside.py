"""A figure "in / during the same period", "in the same three weeks" or "in the whole month" covers
the period stated before it: earlier in its own sentence ("820,000 crossed at X in 2025, and
640,000 at Y during the same period") or in a sentence before, including the open start of "since
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
            "Some 820,000 people entered Nordavia through Tolmaz in 2025, and 640,000 travellers crossed into"
            " Nordavia at Vrenna Bridge during the same period.",
            640000,
            ("2025-01-01", "2025-12-31"),
        ),
        (
            "An average of 410 people a day crossed into Nordavia at Tolmaz in May, and 12,700 people passed"
            " through it in the whole month.",
            12700,
            ("2026-05-01", "2026-05-31"),
        ),
        (
            "Since 1 January, Nordavian police have detained 1,912 people who entered Nordavia illegally from"
            " Ostaria. In the same period, 38 suspected smugglers were arrested in the province.",
            38,
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
        "On 14 March, armed men ambushed a convoy near Kelmar. In the same period, Nordavia deployed 300"
        " additional soldiers to Kelmar."
    )
    events = [e for e in named_events(nlp, text, NAMES, PUB) if e.count == 300]
    assert events and all(e.start_date is None and e.date is None for e in events)
