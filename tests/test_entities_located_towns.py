"""A known town the model reads as an organization is a place when the text puts it "in the X
region" (as "in eastern Y" already did): one name, one type. Sentences are invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Kupiansk in the Kharkiv region was shelled overnight.", "settlement/kupyansk"),
        ("Vovchansk in the Kharkiv region came under fire on Sunday.", "settlement/vovchansk"),
        ("Nikopol in the Dnipropetrovsk region was hit by drones.", "settlement/nikopol"),
    ],
)
def test_entities_located_towns_in_a_named_region_are_towns(nlp: Language, text: str, town: str) -> None:
    keys = {e.key for e in find_entities(nlp(text), Article(id="t", text=text, source="test"))}
    assert town in keys
