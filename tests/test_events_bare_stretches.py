"""A bare "during the month" / "over the month" takes the month stated just before it.

"Guards counted the arrivals in December. In total, 30,100 people entered X over the month": the
month is December. A bare "the week" after a month names no week of it and is left undated.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2027, 2, 10)

NAMES = {
    "Veltrania": ("state/veltrania", "State"),
    "Ostrecka": ("state/ostrecka", "State"),
    "Marrowgate": ("checkpoint/marrowgate", "Checkpoint"),
}


def _period(nlp: Language, text: str) -> tuple[str | None, str | None]:
    (flow,) = [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing"]
    return flow.start_date, flow.end_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Guards counted the arrivals from Ostrecka in December. In total, 30,100 people entered Veltrania "
            "over the month.",
            ("2026-12-01", "2026-12-31"),
        ),
        (
            "The agency released its figures for March on Tuesday. Some 12,450 travellers crossed from Ostrecka "
            "into Veltrania at Marrowgate during the month, it said.",
            ("2026-03-01", "2026-03-31"),
        ),
    ],
)
def test_the_month_is_the_month_before(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert _period(nlp, text) == expected


def test_the_week_after_a_month_is_no_week_of_it(nlp: Language) -> None:
    text = (
        "In March the bridge at Marrowgate was repaired. Some 12,450 travellers crossed from Ostrecka into "
        "Veltrania during the week, it said."
    )
    assert _period(nlp, text) == (None, None)
