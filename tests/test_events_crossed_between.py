"""People who "crossed between" two places are a flow both ways: each side is where they arrive
("6,450 people crossed between X and the town of Y from Friday to Sunday"); a period written with
"between" ("between 4 and 10 May") names no side.

Every story here is invented; entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

#: A Tuesday.
PUB = date(2026, 6, 2)
NAMES = {
    "Kelo": ("settlement/kelo", "Settlement"),
    "Varno": ("settlement/varno", "Settlement"),
    "Dravonia": ("state/dravonia", "State"),
}


def _crossings(nlp: Language, text: str) -> list[tuple[tuple[str, ...], int | None]]:
    events = named_events(nlp, text, NAMES, PUB)
    return [(e.destination, e.count) for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    "text",
    [
        "The agency said 6,450 people crossed between Kelo and the border town of Varno from Friday to Sunday.",
        "Some 6,450 travellers crossed between Kelo and Varno on Sunday, the police said.",
    ],
)
def test_crossed_between_arrives_on_both_sides(nlp: Language, text: str) -> None:
    assert _crossings(nlp, text) == [(("settlement/kelo", "settlement/varno"), 6450)]


def test_a_period_between_two_days_names_no_side(nlp: Language) -> None:
    found = _crossings(nlp, "Some 6,450 people crossed into Varno between 4 and 10 May.")
    assert found == [(("settlement/varno",), 6450)]
