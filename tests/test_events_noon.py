"""An hour of the day with no day of its own ("at noon", "at dawn") is the story's day, as "in the
afternoon" is; "at noon on Friday" is that Friday.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Monday.
PUB = date(2026, 3, 9)

NAMES = {
    "Mira Tallesk": ("person/mira-tallesk", "Person"),
    "Pell Harrow": ("person/pell-harrow", "Person"),
    "Brenholt": ("settlement/brenholt", "Settlement"),
    "Kastavel": ("settlement/kastavel", "Settlement"),
}


def _events(nlp: Language, text: str) -> list[Event]:
    return list(named_events(nlp, text, NAMES, PUB))


@pytest.mark.parametrize(
    "text",
    [
        "President Mira Tallesk held an emergency meeting with Pell Harrow at her office in Brenholt at noon.",
        "Mira Tallesk met Pell Harrow in Kastavel at midday to discuss the new ferry line.",
        "Mira Tallesk visited the border post at Kastavel at dawn.",
    ],
)
def test_an_hour_alone_is_the_story_day(nlp: Language, text: str) -> None:
    (event,) = _events(nlp, text)
    assert event.date == "2026-03-09"


def test_an_hour_with_its_own_day_takes_that_day(nlp: Language) -> None:
    (event,) = _events(nlp, "Mira Tallesk met Pell Harrow in Kastavel at noon on Friday.")
    assert event.date == "2026-03-06"
