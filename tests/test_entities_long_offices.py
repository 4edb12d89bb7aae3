"""kg.nlp.appositions: a name set off after an office that names its body in full is a person."""

from __future__ import annotations

import pytest
from named_entities import found_entities
from spacy.language import Language


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
    assert (name, "Person") in found_entities(nlp, text)
