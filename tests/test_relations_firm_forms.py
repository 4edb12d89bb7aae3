"""A firm named with its corporate form ("X Group", "X Holdings") is the firm itself, not a part of
the firm named without it: no partOf between the two."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


@pytest.mark.parametrize(
    "text",
    [
        '"We will grow," said Kenyan Airways Group chief executive officer Amos Kiplagat at the signing. '
        "Kenyan Airways will add flights to Lima.",
        "Kenyan Airways Holdings reported a profit on Monday. Kenyan Airways carried more passengers.",
    ],
)
def test_relations_firm_forms_no_part_of_itself(nlp: Language, text: str) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    entities = find_entities(doc, article)
    assert {"organization/kenyan-airways"} <= {e.key for e in entities}
    found = find_relations(doc, article, entities)
    assert not [r for r in found if r.predicate == "partOf" and r.object == "organization/kenyan-airways"]


def test_relations_firm_forms_a_named_part_still_is_one(nlp: Language) -> None:
    text = "The Andean Community Commission met on Monday, and the Andean Community welcomed it."
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    found = {(r.subject, r.predicate, r.object) for r in find_relations(doc, article, find_entities(doc, article))}
    assert ("agency/andean-community-commission", "partOf", "organization/andean-community") in found
