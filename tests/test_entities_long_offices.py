"""kg.nlp.appositions: a name set off after an office that names its body in full is a person."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article


def _entities(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(e.name, e.type) for e in find_entities(doc, Article(id="t", text=text, source="test"))]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            '"We will find every one of the smugglers," said the director of the Northern Directorate of the '
            "Tarnian Police, Marta Velasco Pinheiro.",
            "Marta Velasco Pinheiro",
        ),
        (
            "The deputy head of the Border Operations Unit of the Tarnian Coast Guard, Renata Quintal Sousa, "
            "said the boats were seized.",
            "Renata Quintal Sousa",
        ),
    ],
)
def test_entities_name_after_a_long_office_is_a_person(nlp: Language, text: str, name: str) -> None:
    assert (name, "Person") in _entities(nlp, text)
