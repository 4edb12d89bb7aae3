"""A local office written after its place ("Mardin Governor X") is no part of the holder's name.

The model runs the place and the office into the name ("Mardin Governor Orhan Kılıçtepe" as one
person) or reads them as a name of their own ("Mardin Governor" as a person or a body): the name
starts after the office, and the place and office alone name no one. Every name here is invented.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


@pytest.mark.parametrize(
    "text",
    [
        "The ceremony was led by Mardin Governor Orhan Kılıçtepe, who cut the ribbon.",
        "The visit was attended by Mardin Governor Orhan Kılıçtepe and the deputy minister.",
    ],
)
def test_entities_place_and_office_are_no_part_of_the_name(nlp: Language, text: str) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    entities = find_entities(doc, article)
    names = {e.name for e in entities}
    assert "Orhan Kılıçtepe" in names
    assert not any("Governor" in name for name in names)
    titles = {(p.holder, p.title) for p in find_positions(doc, article, entities)}
    assert ("person/orhan-kilictepe", "Governor") in titles
