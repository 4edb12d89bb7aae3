"""A two-word name whose surname is two names joined by a hyphen, after an office with its "of"
complement ("Chief of Defence Lieutenant General Thora Marrow-Dunne", "Chief of Police Commissioner
Arvid Tolle-Brandt"): the small model misses it; the title settles that the capitalised words after
it are the holder's name.
Invented sentences through the real model."""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The meeting was attended by Chief of Defence Lieutenant General Thora Marrow-Dunne and two ministers.",
            "Thora Marrow-Dunne",
        ),
        ("The report was signed by Chief of Police Commissioner Arvid Tolle-Brandt last week.", "Arvid Tolle-Brandt"),
    ],
)
def test_entities_titled_double_barrelled_name_is_a_person(nlp: Language, text: str, name: str) -> None:
    assert kg_entity_types(nlp, text).get(name) == "Person"


def test_entities_titled_place_pair_is_no_person(nlp: Language) -> None:
    types = kg_entity_types(nlp, "The Governor of Tarnia-Vell Province visited the port.")
    assert types.get("Tarnia-Vell Province") != "Person"
