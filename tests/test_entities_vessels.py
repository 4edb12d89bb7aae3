"""A name after a kind of vessel names the ship: "the cutter Maria Lenz" is no person.

Invented sentences through the real model, two wordings and a person beside the ship who stays.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article


def _named(nlp: Language, text: str) -> dict[str, str]:
    return {e.name: e.type for e in find_entities(nlp(text), Article(id="t", text=text, source="test"))}


@pytest.mark.parametrize(
    ("text", "ship"),
    [
        ("The Coast Guard Cutter Edwin Hale returned 14 migrants to the port on Monday.", "Edwin Hale"),
        ("The crew of the cutter Maria Lenz embarked 21 migrants, said Lt. Jane Roe.", "Maria Lenz"),
    ],
)
def test_entities_vessels_a_ship_named_like_a_person_is_no_person(nlp: Language, text: str, ship: str) -> None:
    named = _named(nlp, text)
    assert ship not in named, named


def test_entities_vessels_the_officer_beside_the_ship_stays(nlp: Language) -> None:
    named = _named(nlp, "The crew of the cutter Maria Lenz embarked 21 migrants, said Lt. Jane Roe.")
    assert named.get("Jane Roe") == "Person"
