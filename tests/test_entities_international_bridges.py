"""A bridge whose own name calls it international ("the X International Bridge") joins two states:
it is a crossing point even in a sentence that says nothing of crossing (a plain "X Bridge" there
stays a place)."""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Engineers inspected the Halvik International Bridge on Monday after the storm.",
            "Halvik International Bridge",
        ),
        (
            "The two presidents talked about the Quorin International Bridge, which joins Pellan and Daskor.",
            "Quorin International Bridge",
        ),
    ],
)
def test_an_international_bridge_is_a_crossing_point(nlp: Language, text: str, name: str) -> None:
    types = kg_entity_types(nlp, text)
    assert types.get(name) == "Checkpoint", types


def test_a_plain_bridge_without_crossing_words_is_no_crossing_point(nlp: Language) -> None:
    types = kg_entity_types(nlp, "Engineers inspected the Halvik Bridge on Monday after the storm.")
    assert types.get("Halvik Bridge") != "Checkpoint", types
