"""A bridge named in a sentence that says nothing of crossing is still a crossing point when the
text goes on to cross it under a description ("that bridge", "the bridge") within about a
paragraph; a bridge the text never crosses stays a place."""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The two ministers met on Friday beside the Ovenlek Bridge. Every morning hundreds of traders "
            "cross into Bolivia over that bridge from Paraguay.",
            "Ovenlek Bridge",
        ),
        (
            "Work on the Durvane Bridge finished last spring, the mayor said. Since then, lorries have "
            "crossed the bridge into Slovakia in half the time.",
            "Durvane Bridge",
        ),
    ],
)
def test_a_bridge_crossed_under_a_description_is_a_crossing_point(nlp: Language, text: str, name: str) -> None:
    types = kg_entity_types(nlp, text)
    assert types.get(name) == "Checkpoint", types


def test_a_bridge_the_text_never_crosses_stays_a_place(nlp: Language) -> None:
    text = "Tourists photographed the Tarsel Bridge at dawn. The bridge was lit in blue for the festival."
    types = kg_entity_types(nlp, text)
    assert types.get("Tarsel Bridge") != "Checkpoint", types
