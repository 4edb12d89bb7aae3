"""A change pointed back at a daily average is the change of the total it averages as well.

"Guards returned 4,120 people last week, an average of about 590 a day. That is 9% fewer than the
previous week": both figures count the same week, so the total falls by as much as its average.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

#: A Wednesday.
PUB = date(2027, 5, 12)

NAMES = {
    "Veltrania": ("state/veltrania", "State"),
    "Ostrecka": ("state/ostrecka", "State"),
    "Marrowgate": ("checkpoint/marrowgate", "Checkpoint"),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Between Monday 3 and Sunday 9 May, guards returned 4,120 people from Ostrecka to Veltrania, "
            "an average of about 590 a day. That is 9 percent fewer than the previous week.",
            {4120: -9.0, 590: -9.0},
        ),
        (
            "Last week 7,300 people crossed from Veltrania into Ostrecka at Marrowgate, or roughly 1,040 a day. "
            "This is 14% more than a week earlier.",
            {7300: 14.0, 1040: 14.0},
        ),
    ],
)
def test_a_change_of_the_average_is_the_totals_too(nlp: Language, text: str, expected: dict[int, float]) -> None:
    events = named_events(nlp, text, NAMES, PUB)
    assert {e.count: e.change_percent for e in events if e.type == "BorderCrossing"} == expected


def test_a_total_with_its_own_change_keeps_it(nlp: Language) -> None:
    text = (
        "Last week 7,300 people crossed from Veltrania into Ostrecka, up 20% on the week before, "
        "or roughly 1,040 a day. That is 5% more than the daily average in April."
    )
    events = named_events(nlp, text, NAMES, PUB)
    assert {e.count: e.change_percent for e in events if e.type == "BorderCrossing"}[7300] == 20.0
