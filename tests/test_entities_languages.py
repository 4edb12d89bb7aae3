"""A language's name is no place or body, whatever the NER reads it as."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import link_mentions
from kg.lexicon.languages import is_language


def _names(nlp: Language, text: str) -> set[str]:
    return {link.text for link in link_mentions(nlp(text))}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ('((Amina Bello, trader)) ((IN HAUSA))\n"The market closed at noon."', "HAUSA"),
        ("The radio service in Swahili reached listeners across the region.", "Swahili"),
        ("Classes in Persian and Urdu resumed on Monday in the camps.", "Urdu"),
    ],
)
def test_entities_language_names_are_no_entities(nlp: Language, text: str, language: str) -> None:
    assert language not in _names(nlp, text)


def test_entities_places_and_peoples_named_like_languages_stay(nlp: Language) -> None:
    names = _names(nlp, "Nauru signed the deal, and Somali officials met in Mogadishu.")
    assert {"Nauru", "Mogadishu"} <= names


def test_lexicon_languages_from_iso_639_1() -> None:
    assert is_language("Swahili") and is_language("arabic")
    assert not is_language("Mogadishu")
