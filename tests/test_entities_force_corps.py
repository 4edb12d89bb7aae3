"""A force's unit word after its name stays part of it: invented sentences.

Class: "the Naval Police Corps", "the National Police Corps", "the Coast Guard Squadron": the
unit noun after a security body's name (Corps, Squadron, Taskforce, like Division or Unit) is
part of the unit's own name, not a word left over after "Naval Police" or "National Police".
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Naval Police Corps guards the harbour gates, the ministry said.", "Naval Police Corps"),
        ("Two sailors of the Naval Police Corps were hurt in the scuffle.", "Naval Police Corps"),
        ("The National Police Corps said two men were held.", "National Police Corps"),
        ("A boat of the Coast Guard Squadron towed the ferry into port.", "Coast Guard Squadron"),
    ],
)
def test_entities_force_corps_keep_the_unit_word(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Agency"}
