"""A checkpoint whose sentence names regions of two states connects both and lies in neither alone
("the X checkpoint, which connects A region of Y with B region of Z")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


@pytest.mark.parametrize(
    "text",
    [
        "Border report\n\nAt the Kovrat checkpoint, which connects the Naryn region of Kyrgyzstan with the Khatlon "
        "region of Tajikistan, officers registered 3,200 entries.",
        "Border report\n\nTraffic at the Kovrat border post between the Naryn region of Kyrgyzstan and the Khatlon "
        "region of Tajikistan rose by a third.",
    ],
)
def test_relations_checkpoint_two_sides_in_neither(nlp: Language, text: str) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    entities = find_entities(doc, article)
    found = {(r.subject, r.predicate, r.object) for r in find_relations(doc, article, entities)}
    assert {("checkpoint/kovrat", "connects", "state/KG"), ("checkpoint/kovrat", "connects", "state/TJ")} <= found
    assert not {o for s, p, o in found if s == "checkpoint/kovrat" and p == "locatedIn" and o.startswith("state/")}
