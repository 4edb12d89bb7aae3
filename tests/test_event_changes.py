"""A change a sentence states of the figure before it ("That is 22 percent fewer than ...").

Every sentence is invented for the test, in two or more wordings, with near misses that must stay
silent. Entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import entities_named
from spacy.language import Language

from kg.extract.events import find_events
from kg.model import Article, Event

PUB = date(2023, 6, 15)
NAMES = {"Chile": ("state/CL", "State"), "Peru": ("state/PE", "State"), "Bolivia": ("state/BO", "State")}


def _counts(nlp: Language, text: str) -> dict[int | None, float | None]:
    article = Article(id="t", text=text, source="test", published=PUB)
    events: tuple[Event, ...] = find_events(nlp(text), article, entities_named(text, NAMES), ())
    return {e.count: e.change_percent for e in events if e.type == "BorderCrossing"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Between 3 and 9 May, border patrols detected 385 people entering Chile irregularly. "
            "That is 22 percent fewer than in the same week of April.",
            {385: -22.0},
        ),
        (
            "In April, 7,615 people crossed from Bolivia into Peru. "
            "The figure is 36 per cent higher than in March, when monitors recorded 5,600 arrivals.",
            {7615: 36.0, 5600: None},
        ),
        ("Last week 2,300 people entered Chile from Peru. This is 12% more than a week earlier.", {2300: 12.0}),
    ],
)
def test_event_changes_pointed_back_change_is_the_figure_s_before(
    nlp: Language, text: str, expected: dict[int, float | None]
) -> None:
    assert _counts(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In April, 7,615 people crossed from Bolivia into Peru. Food prices rose by 12 percent.",
        "In April, 7,615 people crossed from Bolivia into Peru. The figure for Chile is 12% higher.",
    ],
)
def test_event_changes_other_subjects_carry_nothing(nlp: Language, text: str) -> None:
    assert _counts(nlp, text)[7615] is None
