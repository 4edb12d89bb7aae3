"""A language's name used as a language is no state: "she spoke Dutch", "answered in Polish", "(Czech: X)".

Invented sentences through the real model. Biographies, interviews and papers say which
languages someone speaks or a word is written in; the names are the peoples' adjectives, which
the gazetteer and the NER read as nationalities. The same word qualifying a noun ("Polish
officials") or naming a people ("the French") still points to its state.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article


def _states(nlp: Language, text: str) -> set[str]:
    article = Article(id="t", text=text, source="test")
    return {e.name for e in find_entities(nlp(text), article) if e.type == "State"}


@pytest.mark.parametrize(
    "text",
    [
        "Raised in a river town, Tamsin Orrell spoke Portuguese and Dutch at home and later studied law.",
        "Halvard Brennock wrote Czech well and some Danish, his teachers recalled.",
        "In Swedish the word for bread has one spelling, and in Finnish it has two.",
        "The charter was translated into Hungarian, and the envoy answered every question in Polish.",
        "The old river port of Velsko (Czech: Velské; German: Welsdorf) grew up around a salt market.",
        "Saint Orvalle (Portuguese: São Orvalo) was a hermit who lived on a rock off the coast.",
    ],
)
def test_language_names_name_no_state(nlp: Language, text: str) -> None:
    assert _states(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "states"),
    [
        (
            "Polish officials met the French at the talks, and Hungarian troops arrived later.",
            {"Poland", "France", "Hungary"},
        ),
        ("Halvard Brennock joined a Danish shipping firm after his studies in Portugal.", {"Denmark", "Portugal"}),
    ],
)
def test_nationalities_still_name_their_state(nlp: Language, text: str, states: set[str]) -> None:
    assert _states(nlp, text) == states
