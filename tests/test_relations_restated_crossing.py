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
        "Leaders talk about the crossing\n\nThe presidents of Tanzania and Mozambique talked about the Sedara-Kwando "
        "border post, shut on Thursday by floods.\n\nThe Tanzanian president said Tanzania would send army engineers "
        "from Mtwara, the capital of the Mtwara Region, if the temporary bridge failed.",
        "Leaders talk about the crossing\n\nThe presidents of Tanzania and Mozambique talked about the Sedara-Kwando "
        "border post, shut since Thursday.\n\nSurveyors from the Mtwara Region of Tanzania will look at the crossing "
        "next week.",
    ],
)
def test_relations_restated_crossing_lies_in_no_region_of_its_sentence(nlp: Language, text: str) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    entities = find_entities(doc, article)
    found = {(r.subject, r.predicate, r.object) for r in find_relations(doc, article, entities)}
    assert {
        ("checkpoint/sedara-kwando", "connects", "state/TZ"),
        ("checkpoint/sedara-kwando", "connects", "state/MZ"),
    } <= found
    assert not [o for s, p, o in found if s == "checkpoint/sedara-kwando" and p == "locatedIn"]
