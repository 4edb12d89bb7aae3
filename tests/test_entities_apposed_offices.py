"""A name set off by commas after an office or role held ("The country's top diplomat, X, said",
"the agency's spokesman, X,") names a person, whatever the model's type for the name alone.
Every name is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The country's top diplomat, Amina Diallo, said the border would stay closed.", "person/amina-diallo"),
        ("The ministry's chief negotiator, Ousmane Kebe, said talks would resume.", "person/ousmane-kebe"),
    ],
)
def test_entities_apposed_offices_the_name_is_a_person(nlp: Language, text: str, key: str) -> None:
    entities = find_entities(nlp(text), Article(id="t", text=text, source="test"))
    assert key in {e.key for e in entities}


def test_entities_apposed_offices_a_place_after_a_place_noun_stays_a_place(nlp: Language) -> None:
    text = "The country's capital, Bamako, was calm on Monday."
    entities = find_entities(nlp(text), Article(id="t", text=text, source="test"))
    assert {e.key for e in entities} == {"settlement/bamako"}
