"""Numbered points (a communiqué's paragraphs, an official's update): their numbers count points, not people.

Every sentence here is invented.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.extract.quantities import find_quantities
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("4. Welcomes the decision to keep the crossing open to people fleeing the fighting.", []),
        ("2) Calls on the authorities to protect civilians.", []),
        ("3. Some 1,200 people left the valley overnight.", [1200]),
        ("12 people crossed the river at dawn.", [12]),
    ],
)
def test_numbered_points_marker_is_no_count(text: str, counts: list[int]) -> None:
    assert [q.quantity.count for q in find_quantities(text)] == counts


def test_numbered_points_communique_gives_no_crossing_of_its_point_numbers(nlp: Language) -> None:
    text = (
        "Communiqué of the regional council on the situation in the border provinces\n\n"
        "The council, at its meeting held on 3 May,\n\n"
        "1. Takes note of the briefing by the commissioner;\n\n"
        "2. Expresses concern that 3,500 people have crossed into Zambia since the beginning of April;\n\n"
        "3. Welcomes the decision of Zambia to keep the border open to people fleeing the violence;\n\n"
        "4. Calls on all parties to let refugees cross into Zambia safely.\n"
    )
    out = extract(nlp(text), Article("t", text, "test", published=date(2024, 5, 6)))
    counts = {e.count for e in out.events if e.count is not None}
    assert 3500 in counts
    assert not counts & {1, 2, 3, 4}, counts
