"""Offices below the top set off by commas before the holder's name: "the Humanitarian Coordinator,
X, said", "the Special Rapporteur, Y, said" name X and Y, even where the model missed the name.

Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "holder", "title"),
    [
        (
            "The Resident Coordinator, Fatou Bello Sow, told reporters in Bamako that aid convoys had resumed.",
            "person/fatou-bello-sow",
            "Resident Coordinator",
        ),
        (
            "In Juba, the Special Rapporteur, Amara Lukudu Deng, said the camps were full.",
            "person/amara-lukudu-deng",
            "Special Rapporteur",
        ),
    ],
)
def test_positions_office_nouns_holder_after_the_comma(nlp: Language, text: str, holder: str, title: str) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    entities = find_entities(doc, article)
    assert holder in {e.key for e in entities if e.type == "Person"}
    assert (holder, title) in {(p.holder, p.title) for p in find_positions(doc, article, entities)}
