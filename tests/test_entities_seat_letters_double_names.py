"""A member's seat letters after a double-barrelled name ("Teodora Vassallo-Krane MP") are no part
of the name, and the letters alone after a name ("Ailsa Quarrington MSP said") are no body.

Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from named_entities import found_entities
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Opening the terminal, the Minister for Ports, the Hon. Ilse Marchbank-Toole MP, thanked the crews.",
            "Ilse Marchbank-Toole",
        ),
        (
            "A question about the bridge closure was tabled by Dermot Halloran-Keogh TD on Tuesday.",
            "Dermot Halloran-Keogh",
        ),
    ],
)
def test_entities_seat_letters_double_names_leave_the_letters_out(nlp: Language, text: str, person: str) -> None:
    found = found_entities(nlp, text)
    assert (person, "Person") in found
    assert not any(name.endswith((" MP", " TD")) for name, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Ailsa Quarrington MSP said the ferry timetable would not survive the winter.",
        "Speaking in the chamber, Rhodri Penhallow MLA asked when the checkpoint would reopen.",
    ],
)
def test_entities_seat_letters_alone_are_no_body(nlp: Language, text: str) -> None:
    names = [name for name, _ in found_entities(nlp, text)]
    assert not {"MSP", "MLA"} & set(names)
