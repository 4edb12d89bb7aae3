"""Combining forms name a state before a hyphen and another state: "the Indo-Nepal border".

Invented sentences through the real model; alone ("the Indo-Pacific") the form names no state.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article


def _states(nlp: Language, text: str) -> set[str]:
    entities = find_entities(nlp(text), Article(id="t", text=text, source="test"))
    return {e.key for e in entities if e.type == "State"}


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("The government deployed police along the Indo-Nepal border on Monday.", {"state/IN", "state/NP"}),
        ("Sino-Indian talks on the disputed pass resumed in the spring.", {"state/CN", "state/IN"}),
        ("Historians still argue over the causes of the Russo-Ukrainian war.", {"state/RU", "state/UA"}),
    ],
)
def test_combining_form_names_its_state(nlp: Language, text: str, states: set[str]) -> None:
    assert states <= _states(nlp, text)


def test_combining_form_alone_names_no_state(nlp: Language) -> None:
    assert "state/IN" not in _states(nlp, "Navies of six states met to discuss shipping in the Indo-Pacific.")
