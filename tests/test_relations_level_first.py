"""A region whose level is written before its name, then its province after a comma ("the
department of X, Y region", "the district of X, Y province"), is part of that province."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        (
            "Troops were sent to the department of Zarvan, Kelmor region, in Ivory Coast.",
            "region/zarvan",
            "region/kelmor",
        ),
        (
            "The attack took place in the district of Varuna, Kelmor province, near the border.",
            "region/varuna",
            "region/kelmor",
        ),
    ],
)
def test_relations_level_first_region_is_part_of_the_next(nlp: Language, text: str, part: str, whole: str) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    found = {(r.subject, r.predicate, r.object) for r in find_relations(doc, article, find_entities(doc, article))}
    assert (part, "partOf", whole) in found
