"""A credit line names its person: "READ BY: OREN TALVI MESK", "Interviewer: Ilinca Varo Tesh.".

Invented scripts through the real model: the NER misses a full name alone after a credit's colon,
in capitals or not. A turn label with a sentence after it ("HOST: Good evening.") names nobody.
"""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("EVENING BULLETIN\nREAD BY: OREN TALVI MESK\n\nHEADLINES\nThe road to Tarvo is closed.\n", "OREN TALVI MESK"),
        (
            "Fisheries, 3 March.\nInterviewer: Ilinca Varo Tesh.\n\nTESH: Minister, thank you for joining us.\n",
            "Ilinca Varo Tesh",
        ),
    ],
)
def test_entities_credit_lines_name_the_person(nlp: Language, text: str, name: str) -> None:
    assert kg_entity_types(nlp, text).get(name) == "Person"


def test_entities_credit_lines_a_turn_label_names_nobody(nlp: Language) -> None:
    assert kg_entity_types(nlp, "HOST: Good evening.\nREPORTER: The road is closed.\n") == {}
