"""A name after an office and its one-word field: invented sentences through the real model.

Class: "Minister for Health Joëlle Varnaé", "the Commissioner for Water Ilse Kovarik": the model
misses the holder's name after the office's field altogether. After an office word, "for"/"of"
and one capitalised common noun, a run of two or three capitalised words is the holder.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Minister for Health Joëlle Varnaé visited the clinic on Monday.", "Joëlle Varnaé"),
        ("The Commissioner for Water Ilse Kovarik said the dam was safe.", "Ilse Kovarik"),
    ],
)
def test_entities_field_names_after_the_field(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Person"}


def test_entities_field_names_need_a_name(nlp: Language) -> None:
    assert linked_types(nlp, "Minister for Health visited the clinic on Monday.") == {}
