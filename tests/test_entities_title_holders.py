"""Holders named after a title held of a place: "the King of X, Jo unified ...".

Every sentence here is invented (names and places too), two or more wordings per class, so the
tests prove the class and not one phrasing.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article, Entity

PLACE_TYPES = {"Place", "Region", "Settlement", "State"}


def _run(nlp: Language, text: str) -> dict[str, Entity]:
    article = Article(id="t", text=text, source="test")
    return {e.name: e for e in find_entities(nlp(text), article)}


@pytest.mark.parametrize(
    ("text", "place", "person"),
    [
        ("Old songs claim the King of Tarsis, Orvandel joined the clans under one banner.", "Tarsis", "Orvandel"),
        ("In the chronicle the King of Tarsis, Orvandel built a harbour for his fleet.", "Tarsis", "Orvandel"),
        ("In 1204 the Duke of Varn, Almeric, rebuilt the walls.", "Varn", "Almeric"),
    ],
)
def test_entities_title_holders_name_after_a_held_title(nlp: Language, text: str, place: str, person: str) -> None:
    ents = _run(nlp, text)
    listed = sorted((e.name, e.type) for e in ents.values())
    assert person in ents and ents[person].type == "Person", listed
    assert place in ents and ents[place].type in PLACE_TYPES, listed


@pytest.mark.parametrize(
    "text",
    [
        "He was crowned King of Tarsis, Norland and Vessia in 1310.",
        "She became Queen of Varn, Norland, and the islands beyond.",
    ],
)
def test_entities_title_holders_a_list_of_realms_is_no_holder(nlp: Language, text: str) -> None:
    ents = _run(nlp, text)
    assert not [e for e in ents.values() if e.type == "Person"], sorted((e.name, e.type) for e in ents.values())
