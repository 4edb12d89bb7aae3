"""A subdivision written with "St" or "St." for "Saint": "the parish of St John", "St. Peter".

ISO 3166-2 writes island parishes in full ("Saint John"), the news abbreviates them;
the abbreviation and a "parish" level word must still find the region of a state the text names.
Invented sentences through the real model.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.lexicon.gazetteer import subdivision_for
from kg.model import Article


@pytest.mark.parametrize(
    ("name", "country", "display"),
    [
        ("St John", "AG", "Saint John"),
        ("St. Peter", "DM", "Saint Peter"),
        ("the parish of St Mary", "AG", "Saint Mary"),
    ],
)
def test_entities_saint_regions_lookup(name: str, country: str, display: str) -> None:
    place = subdivision_for(name, frozenset({country}))
    assert place is not None and place.name == display and place.type == "Region"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Flooding cut three roads in the parish of St John, Antigua and Barbuda, on Monday.", "St John"),
        ("Police in Dominica reinforced patrols in St. Peter after the storm.", "St. Peter"),
    ],
)
def test_entities_saint_regions_are_regions(nlp: Language, text: str, name: str) -> None:
    article = Article(id="t", text=text, source="test", published=date(2026, 4, 14))
    found = {e.name: e.type for e in find_entities(nlp(text), article)}
    assert found.get(name) == "Region"
