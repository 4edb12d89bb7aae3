"""A change against an earlier period is read however the speaker words it: a percentage said in
words ("eleven percent more than a year ago", "twenty-six per cent fewer"), a direction after the
figure ("nine percent up on April") and a figure stated as a share of an earlier one ("67 per cent
of the previous week's figure" is a fall of 33 percent, not a rise of 67).

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2026, 6, 10)

NAMES = {
    "Norvalia": ("state/norvalia", "State"),
    "Tarnia": ("state/tarnia", "State"),
    "Kessmarch": ("kessmarch", "Checkpoint"),
}


def _changes(nlp: Language, text: str) -> list[float | None]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e.change_percent for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("text", "change"),
    [
        (
            "This spring roughly four thousand travellers a day have crossed into Norvalia at Kessmarch. That "
            "is eleven percent more than last year.",
            11.0,
        ),
        ("In May, Kessmarch recorded 41,300 crossings into Norvalia. That is nine percent up on April.", 9.0),
        (
            "In April some 1,700 people a day entered Norvalia from Tarnia, twenty-six per cent fewer than in "
            "the same month of 2025.",
            -26.0,
        ),
    ],
)
def test_a_spoken_change_is_attached(nlp: Language, text: str, change: float) -> None:
    assert _changes(nlp, text) == [change]


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Last week 5,120 people crossed at Kessmarch, 67 per cent of the previous week's figure.", -33.0),
        (
            "Crossings into Norvalia at Kessmarch fell to about 3,900 last week, or 58% of the level of the "
            "preceding week.",
            -42.0,
        ),
        ("Between 1 and 7 June, 9,480 people entered Norvalia from Tarnia, 135 percent of the previous week.", 35.0),
    ],
)
def test_a_share_of_an_earlier_figure_is_its_difference(nlp: Language, text: str, change: float) -> None:
    assert _changes(nlp, text) == [change]
