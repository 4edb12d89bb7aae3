"""A settlement written with its kind noun before "in" ("Kelo camp in Varn District", "Kelo village
in Varn district") lies in the place after "in", as "Kelo in Varn district" does."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "place", "area"),
    [
        ("Refugees are moved by bus to Varuna camp in Kelmor District.", "settlement/varuna", "region/kelmor"),
        ("Soldiers searched Zarvan village in Kelmor district on Monday.", "settlement/zarvan", "region/kelmor"),
        ("Residents of Zarvan town in northern Kenya fled.", "settlement/zarvan", "state/KE"),
    ],
)
def test_relations_kind_nouns_place_the_settlement(nlp: Language, text: str, place: str, area: str) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    found = {(r.subject, r.predicate, r.object) for r in find_relations(doc, article, find_entities(doc, article))}
    assert (place, "locatedIn", area) in found
