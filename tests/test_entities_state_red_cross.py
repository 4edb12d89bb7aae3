"""A state's own society named after a known body ("the Lesotho Red Cross Society") is one
organization, whole: the known body's name inside it is no mention of its own. The known body
alone stays itself. Invented sentences through the real model."""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Teams from the Lesotho Red Cross Society reached the valley on Sunday.",
            "Lesotho Red Cross Society",
        ),
        ("The Fiji Red Cross Society said it had sent 40 volunteers to the island.", "Fiji Red Cross Society"),
        ('"We need tents," said Mele Taufa, coordinator at the Bhutan Red Cross Society.', "Bhutan Red Cross Society"),
    ],
)
def test_entities_state_society_is_one_organization(nlp: Language, text: str, name: str) -> None:
    types = kg_entity_types(nlp, text)
    assert types.get(name) == "Organization"
    assert "Red Cross" not in types


def test_entities_known_body_alone_stays(nlp: Language) -> None:
    assert (
        kg_entity_types(nlp, "The Red Cross sent two trucks of supplies on Monday.").get("Red Cross") == "Organization"
    )
