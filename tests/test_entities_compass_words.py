"""A compass word inside a longer name is that name's word, no region of its own.

Region tables list regions called only "West" or "North"; the word opening or inside a body's or
a sea's name ("the Union of West Marden Ports", "the Council of West Varo Fishers") makes no
region "West", and the longer name stays whole. Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("The Union of West Marden Ports said the harbour would close on Friday.", "Union of West Marden Ports"),
        (
            "A statement by the Council of West Varo Fishers condemned the closure of the harbour.",
            "Council of West Varo Fishers",
        ),
    ],
)
def test_entities_compass_words_stay_in_the_name(nlp: Language, text: str, whole: str) -> None:
    names = {e.name for e in find_entities(nlp(text), Article(id="t", text=text, source="test"))}
    assert whole in names
    assert "West" not in names
