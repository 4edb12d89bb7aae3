"""The Maghreb's provinces in English official texts: "the wilaya of X", "the wilayas of X and Y",
"the X wilaya" name regions, as "the governorate of X" and "the X province" do.

Invented sentences through the real model: before, the names were typed by their letters alone
(a town, a person, a body).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("Floods cut roads in the wilaya of Ouargla and in the wilaya of Biskra on Sunday.", {"Ouargla", "Biskra"}),
        (
            "Civil protection teams were sent to the wilayas of Laghouat and Ghardaïa, the ministry said.",
            {"Laghouat", "Ghardaïa"},
        ),
        ("Two clinics reopened in the Jijel wilaya and in the Sétif wilaya after the storm.", {"Jijel", "Sétif"}),
    ],
)
def test_wilaya_names_a_region(nlp: Language, text: str, regions: set[str]) -> None:
    article = Article(id="t", text=text, source="test")
    found = {e.name: e.type for e in find_entities(nlp(text), article)}
    assert {name: found.get(name) for name in regions} == dict.fromkeys(regions, "Region")
