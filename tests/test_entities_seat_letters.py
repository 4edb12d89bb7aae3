"""A member's seat letters after a name ("Jo Roe TD", "Jo Roe MLA") and the graded form of address
before it ("the Rt Hon Jo Roe MP") make a person, whatever the model read; the letters and the
address are no part of the name. A firm's or club's letters ("Tarn SC") are no seat letters.
Invented names through the real model.
"""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Talks in Cardiff on Monday brought together the Rt Hon Duncan Ferrow MP and officials "
            "of the Welsh government.",
            "Duncan Ferrow",
        ),
        ("The motion was moved by Seamus Orrey MLA and passed without a vote.", "Seamus Orrey"),
        ("The Welsh secretary, the Rt Hon Gwen Tallis MP, opened the new line on Monday.", "Gwen Tallis"),
        ("Brona Keverne TD told the chamber that the ferry would resume.", "Brona Keverne"),
    ],
)
def test_entities_seat_letters_make_a_person(nlp: Language, text: str, name: str) -> None:
    assert kg_entity_types(nlp, text).get(name) == "Person"
