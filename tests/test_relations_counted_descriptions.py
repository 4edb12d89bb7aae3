"""A counted description ("the three crossing points", "the two crossing posts") names several
crossings, not the one named before it: the border it lies on is no side of that crossing."""

from __future__ import annotations

import pytest
from named_entities import related_pairs
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "crossing", "side", "not_side"),
    [
        (
            "Traffic at the Wendo border crossing with Zambia rose by a fifth last week. At the three crossing "
            "points on the southern border with Mozambique, numbers were unchanged.",
            "checkpoint/wendo",
            "state/ZM",
            "state/MZ",
        ),
        (
            "Lorries waited for hours at the Kisaru crossing on the border with Rwanda on Monday. The two crossing "
            "posts on the border with Burundi stayed shut.",
            "checkpoint/kisaru",
            "state/RW",
            "state/BI",
        ),
    ],
)
def test_relations_counted_descriptions_name_no_side_of_the_crossing_before(
    nlp: Language, text: str, crossing: str, side: str, not_side: str
) -> None:
    pairs = related_pairs(nlp, text, "connects")
    assert (crossing, side) in pairs
    assert (crossing, not_side) not in pairs
