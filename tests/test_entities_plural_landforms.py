"""A group of reefs, atolls or lakes named as one place ("the Velmora Reefs", "the Ostrana Lakes")
is a place, as one reef or lake is.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fishermen were stranded on the Velmora Reefs for two days.", "Velmora Reefs"),
        ("A patrol boat reached the Tollan Reefs, far east of Chile, on Friday.", "Tollan Reefs"),
        ("Hikers went missing in the Ostrana Lakes area last week.", "Ostrana Lakes"),
    ],
)
def test_entities_plural_landform_is_a_place(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Place"}
