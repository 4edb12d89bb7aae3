"""A body whose name opens with another body's full name is part of that body ("the X Defence
Force Coast Guard" of "the X Defence Force"); and a crossing in a province of a region connects
only the state, never the region the province is part of."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


def _parents(nlp: Language, text: str) -> dict[str, set[str]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    out: dict[str, set[str]] = {}
    for r in find_relations(doc, article, find_entities(doc, article)):
        if r.predicate == "partOf":
            out.setdefault(r.subject, set()).add(r.object)
    return out


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "The Guyana Defence Force sent troops to the border on Tuesday. A helicopter of the Guyana "
            "Defence Force Air Corps flew the wounded to the capital.",
            "agency/guyana-defence-force-air-corps",
        ),
        (
            "The Guyana Defence Force sent troops to the border on Tuesday. The Guyana Defence Force "
            "Coast Guard stopped a boat near the river mouth.",
            "agency/guyana-defence-force-coast-guard",
        ),
    ],
)
def test_relations_a_body_named_after_a_body_is_part_of_it(nlp: Language, text: str, part: str) -> None:
    assert "agency/guyana-defence-force" in _parents(nlp, text).get(part, set())


def test_relations_a_crossing_in_a_province_of_a_region_connects_no_region(nlp: Language) -> None:
    """The province is part of the region, and the region of the state: the crossing connects the state only."""
    text = (
        "The Tarvik border crossing in the province of Cutervo in the Cajamarca region was closed on Friday, "
        "Peru's interior ministry said."
    )
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    found = find_relations(doc, article, find_entities(doc, article))
    assert {r.object for r in found if r.subject == "checkpoint/tarvik" and r.predicate == "connects"} == {"state/PE"}
