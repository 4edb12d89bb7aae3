"""A place name no table knows, placed by a preposition of a point ("near X", "outside X"), is a town.

The model tags such names LOC as often as GPE, and an unknown LOC used to stay a region. An area
is "in" or "across"; a spot on the map is "near", "at" or "outside". A region table's name stays a
region whatever the preposition. Invented names through the real model.
"""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen attacked a police post near Kufraya overnight.", "Kufraya"),
        ("Two armoured companies now hold the ridge near Irsheid, the ministry said.", "Irsheid"),
        ("Shepherds reported a drone outside Kufraya before dawn.", "Kufraya"),
    ],
)
def test_entities_point_places_are_towns(nlp: Language, text: str, name: str) -> None:
    assert kg_entity_types(nlp, text).get(name) == "Settlement"


def test_entities_point_places_known_regions_stay_regions(nlp: Language) -> None:
    assert (
        kg_entity_types(nlp, "Troops massed near Transnistria on Monday, officials said.").get("Transnistria")
        == "Region"
    )
