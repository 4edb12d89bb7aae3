"""A change a sentence states of the figure before it ("That is 22 percent fewer than ...").

Every sentence is invented for the test, in two or more wordings, with near misses that must stay
silent. Entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

PUB = date(2023, 6, 15)
NAMES = {"Chile": ("state/CL", "State"), "Peru": ("state/PE", "State"), "Bolivia": ("state/BO", "State")}


def _counts(nlp: Language, text: str) -> dict[int | None, float | None]:
    events: tuple[Event, ...] = named_events(nlp, text, NAMES, PUB)
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In May, 4,120 people entered Chile from Peru. That is an increase of 18 percent on April.", {4120: 18.0}),
        (
            "Last week 2,740 people crossed from Mali into Peru. This is a drop of 7 per cent on the week before.",
            {2740: -7.0},
        ),
        ("In June, 615 people entered Chile from Mali. That is a rise of 40% on May.", {615: 40.0}),
    ],
)
def test_event_changes_change_named_by_a_noun_of_its_size(
    nlp: Language, text: str, expected: dict[int, float | None]
) -> None:
    """ "an increase of N percent", "a drop of N per cent": the noun of the change before its size."""
    assert _counts(nlp, text) == expected
