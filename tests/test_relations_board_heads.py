"""A state body named as a board ("the Police and Rescue Board") is, like one named as a service or an
office, part of the state the text is about, under a key that names that state."""

from __future__ import annotations

import pytest
from named_entities import related_pairs
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "HELSINKI, 4 May - Finland will close the Pelko bridge to lorries for six weeks from June, the "
            "Police and Rescue Board said on Monday. Drivers bound for Sweden should use the northern road.",
            "agency/police-and-rescue-board-finland",
        ),
        (
            "TURKU, 9 June - Repairs to the Pelko bridge begin in June, Finnish officials said. Lorries from "
            "Sweden will be turned back. The Police and Coast Guard Board will put two patrols on the approach "
            "road.",
            "agency/police-and-coast-guard-board-finland",
        ),
    ],
)
def test_relations_board_heads_board_of_the_home_state(nlp: Language, text: str, body: str) -> None:
    assert (body, "state/FI") in related_pairs(nlp, text, "partOf")
