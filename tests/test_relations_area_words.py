"""A place followed by "in the Y region" or "in Y district" lies in Y, wherever the parser hangs
the "in": "the strike on the village of X in the Y region" places X as "X in the Y region" does."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


def _found(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    return {(r.subject, r.predicate, r.object) for r in find_relations(doc, article, find_entities(doc, article))}


@pytest.mark.parametrize(
    ("text", "place", "area"),
    [
        (
            "The army said drones struck the river port of Varnel in the Dorvik region overnight.",
            "settlement/varnel",
            "region/dorvik",
        ),
        (
            "The governor said the strike on the village of Varnel in the Dorvik region killed two people.",
            "settlement/varnel",
            "region/dorvik",
        ),
    ],
)
def test_relations_area_words_place_in_named_area(nlp: Language, text: str, place: str, area: str) -> None:
    """The region word after the name makes the "in" phrase say where the place lies."""
    assert (place, "locatedIn", area) in _found(nlp, text)
