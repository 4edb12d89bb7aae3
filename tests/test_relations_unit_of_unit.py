"""A unit written with its level "of" a larger unit written with its own ("the X district of the Y
region", "the X province of Y department") is part of it; a name after "of" without a level word
may be a town or a state the tables lack, and is left alone."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


def _relations(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    entities = find_entities(doc, article)
    return {(r.subject, r.predicate, r.object) for r in find_relations(doc, article, entities)}


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        (
            "A new clinic opened on Friday in the Ambato Sud district of the Menabe region, the health office said.",
            "region/ambato-sud",
            "region/menabe",
        ),
        (
            "Heavy rain cut the roads of the Urubamba province of Cusco region overnight, officials said.",
            "region/urubamba",
            "region/cusco",
        ),
    ],
)
def test_relations_unit_of_unit_part_of_the_larger_unit(nlp: Language, text: str, part: str, whole: str) -> None:
    assert (part, "partOf", whole) in _relations(nlp, text)
