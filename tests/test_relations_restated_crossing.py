"""A crossing restated by a description ("the temporary crossing", "the crossing") lies in no region
its sentence names: "units from X, the capital of Y Province" says nothing of where it is."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


@pytest.mark.parametrize(
    "text",
    [
        "Presidents discuss border\n\nThe presidents of Malawi and Zambia discussed the Kalomo-Vunga border post, "
        "which was closed on Friday after floods.\n\nThe Zambian president said Zambia stood ready to send bridging "
        "units from Kasama, the capital of Northern Province, if the temporary crossing did not hold.",
        "Presidents discuss border\n\nThe presidents of Malawi and Zambia discussed the Kalomo-Vunga border post, "
        "closed since Friday.\n\nEngineers from the Northern Province of Zambia will inspect the crossing next week.",
    ],
)
def test_relations_restated_crossing_lies_in_no_region_of_its_sentence(nlp: Language, text: str) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    entities = find_entities(doc, article)
    found = {(r.subject, r.predicate, r.object) for r in find_relations(doc, article, entities)}
    assert {
        ("checkpoint/kalomo-vunga", "connects", "state/MW"),
        ("checkpoint/kalomo-vunga", "connects", "state/ZM"),
    } <= found
    assert not [o for s, p, o in found if s == "checkpoint/kalomo-vunga" and p == "locatedIn"]
