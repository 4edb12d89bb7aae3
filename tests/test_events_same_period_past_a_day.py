""" "The same period" looks past a sentence about a single day to the period stated before it.

"In 2026, 41,200 people entered X. The minister visited the crossing on Monday. ... During the
same period, 3,900 people crossed into Y": a day is no period, so the year is the one repeated.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2027, 5, 12)

NAMES = {
    "Veltrania": ("state/veltrania", "State"),
    "Ostrecka": ("state/ostrecka", "State"),
    "Marrowgate": ("checkpoint/marrowgate", "Checkpoint"),
}


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "In 2026, 41,200 people entered Ostrecka from Veltrania at Marrowgate. The minister visited the "
            "crossing on Monday. She said the figure was too high. During the same period, 3,900 people crossed "
            "from Ostrecka into Veltrania.",
            ("2026-01-01", "2026-12-31"),
        ),
        (
            "Between January and March, 41,200 people entered Ostrecka from Veltrania. Officials met on Tuesday to "
            "discuss the figures. Over the same period, 3,900 people left Ostrecka for Veltrania, the agency said.",
            ("2027-01-01", "2027-03-31"),
        ),
    ],
)
def test_the_same_period_is_no_day_between(nlp: Language, text: str, period: tuple[str, str]) -> None:
    (flow,) = [e for e in named_events(nlp, text, NAMES, PUB) if e.count == 3900]
    assert (flow.start_date, flow.end_date) == period
