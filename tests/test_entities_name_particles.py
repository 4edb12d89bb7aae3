"""One set of name particles for every reader of names: a title's apposition keeps "ter", "ten"
and "bint" inside the name it sets off, as the entity layer does ("The mayor, Joost ten Brink,").
Every name is invented for the test."""

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
            "The ministry's spokeswoman, Anne ter Horst, said the post would reopen.",
            "person/anne-ter-horst",
            "Spokeswoman",
        ),
        ("The mayor, Joost ten Brink, told reporters the bridge was shut.", "person/joost-ten-brink", "Mayor"),
        (
            "Its director, Aisha bint Rashid, told reporters the bridge was shut.",
            "person/aisha-bint-rashid",
            "Director",
        ),
    ],
)
def test_entities_name_particles_stay_inside_an_apposed_name(nlp: Language, text: str, holder: str, title: str) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    entities = find_entities(doc, article)
    assert [e.key for e in entities if e.type == "Person"] == [holder]
    assert {(p.holder, p.title) for p in find_positions(doc, article, entities)} == {(holder, title)}


@pytest.mark.parametrize(
    "text",
    [
        "Karima bint Salem, the minister of trade, said the post would reopen.",
        "Trade Minister Karima bint Salem said the post would reopen.",
    ],
)
def test_entities_name_particles_join_a_surname_the_model_tagged_as_a_town(nlp: Language, text: str) -> None:
    """The model tags "Karima" a person and "Salem" a town, leaving "bint" out: one person."""
    article = Article(id="t", text=text, source="test")
    entities = find_entities(nlp(text), article)
    assert [e.key for e in entities] == ["person/karima-bint-salem"]
