"""A crossing whose name a release writes in quotation marks ('the "Varn" checkpoint') is a
checkpoint by that name, without the marks, and joins the two states of the border it is on."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Kazakhstan and Uzbekistan share a long border, and traffic across it grew this "
            'week. The busiest was the "Zhanatal" checkpoint, which handled 7,215 people, while the "Sarybel" '
            "checkpoint was closed for repairs.",
            "checkpoint/zhanatal",
        ),
        (
            "The border service of Kyrgyzstan said that from Monday the «Ortobel» border crossing point, at the "
            "frontier with Tajikistan, will open only in daylight, and lorries are advised to use Kyzylkent instead.",
            "checkpoint/ortobel",
        ),
    ],
)
def test_relations_quoted_crossings_are_checkpoints(nlp: Language, text: str, key: str) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    entities = find_entities(doc, article)
    names = {e.key: e.name for e in entities if e.type == "Checkpoint"}
    assert key in names
    assert not set('"“”«»') & set(names[key])
    sides = {r.object for r in find_relations(doc, article, entities) if r.subject == key and r.predicate == "connects"}
    assert len(sides) == 2
