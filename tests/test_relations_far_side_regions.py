"""A region a sentence names as a crossing's far side ("a trade point with R", "waiting to cross
into R") is no place the crossing lies in; one after "in" still is."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


def _located(nlp: Language, text: str) -> set[tuple[str, str]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    found = find_relations(doc, article, find_entities(doc, article))
    return {(r.subject, r.object) for r in found if r.predicate == "locatedIn"}


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
    assert not [o for s, o in _located(nlp, text) if s == "checkpoint/kelmor"]


def test_relations_far_side_regions_leave_the_region_in_place(nlp: Language) -> None:
    text = "Officers at the Kelmor crossing point in the Lubelskie region registered 4,100 entries."
    assert ("checkpoint/kelmor", "region/lubelskie") in _located(nlp, text)
