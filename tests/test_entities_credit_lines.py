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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "MODERATOR: Prime Minister Talavou.\nPM TALAVOU: Thank you, Prime Minister. We are proud to be here.",
            "Talavou",
        ),
        ("HOST: Senator Mirela Vostanic\nVOSTANIC: Good evening.", "Mirela Vostanic"),
        ("INTERVIEWER: Governor Osvalde.\nOSVALDE: Thank you for having me.", "Osvalde"),
    ],
)
def test_credit_lines_cut_the_office_before_the_name(nlp: Language, text: str, name: str) -> None:
    """ "MODERATOR: Prime Minister Talavou.": the person is Talavou, the office no part of the name."""
    types = kg_entity_types(nlp, text)
    assert types.get(name) == "Person", types
    assert not any(t.startswith(("Prime Minister", "Senator", "Governor")) for t in types), types
