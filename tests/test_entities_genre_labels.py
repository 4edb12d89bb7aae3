"""A one-word genre label before a colon and a headline ("Explainer: How X works") is no person.

The model reads a capitalised word opening a line as a name, and the lexicon lacks such labels.
A speaker's label stays a person: a turn ends like a sentence, and a speaker's name recurs.
Invented texts through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article


def _named(nlp: Language, text: str) -> dict[str, str]:
    return {e.name: e.type for e in find_entities(nlp(text), Article(id="t", text=text, source="test"))}


@pytest.mark.parametrize(
    "text",
    [
        "Explainer: Why the Tromvik gate is closed\nTolls rose on Monday.",
        "Explainer: How the Velaru levy works\nTolls rose on Monday.",
        "Explainer: What is the Velaru levy?\nTolls rose on Monday.",
    ],
)
def test_entities_genre_labels_are_no_person(nlp: Language, text: str) -> None:
    assert "Explainer" not in _named(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Halvorsen: We will reopen the gate on Friday.\nTolls rose on Monday.",
        "Halvorsen: The gate is shut\nHost: Tomas Halvorsen runs the Tromvik depot.",
    ],
)
def test_entities_genre_labels_a_speaker_stays_a_person(nlp: Language, text: str) -> None:
    assert "Person" in _named(nlp, text).values(), _named(nlp, text)
