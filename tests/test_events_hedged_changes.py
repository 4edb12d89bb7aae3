"""A change however it is hedged or wherever a speaker puts it: a hedge between the direction and
the share ("down approx. 4%", "a rise of roughly 12 per cent"), a change that follows a sentence
restating the earlier figure ("Back in 2024 that was nearer 1,040. It is up by about a third." is the
change of the figure before the baseline, not of the baseline) and a change named by a noun after
"the" in a reported clause ("the office says the growth over the spring was about forty percent").

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.extract.quantities import find_changes

PUB = date(2026, 6, 10)

NAMES = {
    "Norvalia": ("state/norvalia", "State"),
    "Tarnia": ("state/tarnia", "State"),
    "Kessmarch": ("kessmarch", "Checkpoint"),
    "Ostrelka": ("ostrelka", "Checkpoint"),
}


def _changes(nlp: Language, text: str) -> dict[int | None, float | None]:
    return {e.count: e.change_percent for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing"}


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("prices were down approx. 4% on the quarter", -4.0),
        ("the tally was up roughly 12 per cent", 12.0),
        ("a drop of ca. 8% since the winter", -8.0),
        ("an increase of around forty percent", 40.0),
        ("the fall in bookings was about 15 per cent", -15.0),
    ],
)
def test_hedged_changes_are_read(text: str, change: float) -> None:
    assert [c.percent for c in find_changes(text)] == [change]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Crossings into Norvalia at Kessmarch averaged 2,580 vehicles a day in March, a drop of approx. 7% "
            "after the toll rise.",
            {2580: -7.0},
        ),
        (
            "Some 3,170 travellers entered Norvalia at Ostrelka last week, up roughly 12 per cent against the "
            "seven days before.",
            {3170: 12.0},
        ),
    ],
)
def test_a_hedged_change_belongs_to_its_figure(nlp: Language, text: str, expected: dict[int, float]) -> None:
    assert _changes(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "GUEST: These days Kessmarch sees about 1,400 travellers a day into Norvalia. Back in 2024 that was "
            "nearer 1,040. It is up by about a third.",
            {1400: 33.3, 1040: None},
        ),
        (
            "Kessmarch now handles 1,900 travellers a day into Norvalia. Previously that was around 1,500. It is "
            "up by a quarter.",
            {1900: 25.0, 1500: None},
        ),
        (
            "The Ostrelka post is processing some 700 people a day from Tarnia. In the winter it was perhaps 500. "
            "Our regional office says the growth over the spring was about forty percent.",
            {700: 40.0, 500: None},
        ),
    ],
)
def test_a_change_after_a_restated_baseline_is_the_current_figure_s(
    nlp: Language, text: str, expected: dict[int, float | None]
) -> None:
    assert _changes(nlp, text) == expected


def test_a_change_noun_without_a_pointing_word_carries_nothing(nlp: Language) -> None:
    text = (
        "Kessmarch saw 2,750 travellers a day heading into Norvalia during May. "
        "Officials expect an increase of about 10 per cent once the new lanes open."
    )
    assert _changes(nlp, text) == {2750: None}
