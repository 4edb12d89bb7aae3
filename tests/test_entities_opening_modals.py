"""A modal that opens a question is no given name: "Will X close its border?".

Invented sentences through the real model: "Will" is a given name too, so the NER reads "Will X"
as a person; a verb's bare form after the name says "Will" is the modal and X the subject.
"""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Reporters asked: Will Chile reopen the crossing next week?", "Chile"),
        ("HOST: Will Austria send more troops to the border?", "Austria"),
    ],
)
def test_entities_opening_modals_a_question_names_the_state(nlp: Language, text: str, name: str) -> None:
    typed = kg_entity_types(nlp, text)
    assert typed.get(name) == "State" and f"Will {name}" not in typed


@pytest.mark.parametrize(
    "text",
    ["Will Oskarsby and his wife arrived on Monday.", "Will Oskarsby said the plan was sound."],
)
def test_entities_opening_modals_a_person_called_will_keeps_the_name(nlp: Language, text: str) -> None:
    assert kg_entity_types(nlp, text).get("Will Oskarsby") == "Person"
