""" "Both countries" or "the two states" as members of a body stand for the two states named last:
"Z (ZC), of which both countries are members" and "Both countries are members of Z"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


@pytest.mark.parametrize(
    "text",
    [
        "Ministers sign deal\n\nThe foreign ministers of Chile and Argentina met on Monday.\n\nThe delegations "
        "signed a memorandum on trade within the Andean Trade Community (ATC), of which both countries are members.",
        "Ministers sign deal\n\nThe foreign ministers of Chile and Argentina met on Monday. Both countries are "
        "members of the Andean Trade Community, the ministers said.",
    ],
)
def test_relations_pair_members_both_countries(nlp: Language, text: str) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    entities = find_entities(doc, article)
    found = {(r.subject, r.predicate, r.object) for r in find_relations(doc, article, entities)}
    members = {s for s, p, o in found if p == "memberOf" and o == "organization/andean-trade-community"}
    assert members == {"state/CL", "state/AR"}


def test_relations_pair_members_not_when_negated(nlp: Language) -> None:
    text = (
        "Ministers meet\n\nThe ministers of Chile and Argentina met on Monday. Both countries are not "
        "members of the Andean Trade Community."
    )
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    relations = find_relations(doc, article, find_entities(doc, article))
    assert not [r for r in relations if r.predicate == "memberOf"]
