"""A national body in a text that names a state only as the other side ("the border with Y",
"migrants from Y") is not that state's: the text leaves its home unnamed."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


@pytest.mark.parametrize(
    "text",
    [
        "The National Fisheries Service sent two patrol boats to the border with Namibia on Monday.",
        "Officers of the National Coast Service turned back 40 migrants from Albania overnight.",
    ],
)
def test_relations_other_side_home_not_the_bodys_state(nlp: Language, text: str) -> None:
    """No body of the text is made part of the state it names only as the other side."""
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    entities = find_entities(doc, article)
    assert any(e.type == "Agency" for e in entities)
    owners = {r.object for r in find_relations(doc, article, entities) if r.predicate == "partOf"}
    assert not owners
