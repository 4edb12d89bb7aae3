"""A region a sentence names as a crossing's far side ("a trade point with R", "waiting to cross
into R") is no place the crossing lies in; one after "in" still is."""

from __future__ import annotations

import pytest
from named_entities import related_pairs
from spacy.language import Language


@pytest.mark.parametrize(
    "text",
    [
        "Traffic at the Kelmor crossing, the other main trade point with the Varuna Autonomous Region, was "
        "suspended on Monday.",
        "Lorries queued at the Kelmor border post on Monday, waiting to cross into Kyustendil Province.",
        "Trucks waited at the Kelmor border post for hours before crossing to the Lubelskie region.",
    ],
)
def test_relations_far_side_regions_hold_no_crossing(nlp: Language, text: str) -> None:
    assert not [o for s, o in related_pairs(nlp, text, "locatedIn") if s == "checkpoint/kelmor"]


def test_relations_far_side_regions_leave_the_region_in_place(nlp: Language) -> None:
    text = "Officers at the Kelmor crossing point in the Lubelskie region registered 4,100 entries."
    assert ("checkpoint/kelmor", "region/lubelskie") in related_pairs(nlp, text, "locatedIn")
