"""An office in apposition before a possessive form of address: "the President, His Excellency X,".

Invented sentences through the real model: "His"/"Her" + "Excellency" between the comma and the
name is no part of the name (the person is X) and does not hide the office before the comma.
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
            "The results go to the President, His Excellency Doran Pike Welt, within seven days in Ghana.",
            "person/doran-pike-welt",
            "President",
        ),
        (
            "The report was handed to the Vice-President, Her Excellency Amira Solte Vandu, in Accra on Friday.",
            "person/amira-solte-vandu",
            "Vice President",
        ),
    ],
)
def test_positions_excellency_is_no_part_of_the_name(nlp: Language, text: str, holder: str, title: str) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    entities = find_entities(doc, article)
    assert holder in {e.key for e in entities}
    assert not any("excellency" in e.key for e in entities)
    assert title in {p.title for p in find_positions(doc, article, entities) if p.holder == holder}
