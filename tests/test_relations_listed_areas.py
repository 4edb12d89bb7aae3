"""Places listed before "in the Y region" are all in Y ("the provinces of A and B in the Y
region"), not only the last of the list."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


@pytest.mark.parametrize(
    "text",
    [
        "Emergency declared\n\nThe government of Ecuador declared a state of emergency in the provinces of "
        "Kelvar and Dunmo in the Ostra region on Monday.",
        "Floods\n\nFloods hit the districts of Kelvar, Dunmo and Tavik in the Ostra region of Laos, officials said.",
    ],
)
def test_relations_listed_areas_all_in_the_region(nlp: Language, text: str) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    entities = find_entities(doc, article)
    found = {(r.subject, r.predicate, r.object) for r in find_relations(doc, article, entities)}
    assert {("region/kelvar", "partOf", "region/ostra"), ("region/dunmo", "partOf", "region/ostra")} <= found
