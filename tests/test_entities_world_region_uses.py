"""World regions in longer names and as modifiers: "the Gulf of X" is one place, "a Gulf visa" no region.

Invented sentences through the real model: the gazetteer reads "Gulf" or "Sahel" wherever it is
written. Inside a water body's name ("the Sea of X") the whole name is the place; before a
lower-case noun it only qualifies the noun ("the Sahel security fund"), unless the noun is the
land or its states ("the Gulf states", "the Sahel region").
"""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        ("Navies agreed on joint patrols against piracy in the Gulf of Tessaly.", "Gulf of Tessaly", "Gulf"),
        ("Two tankers collided in the Gulf of Ostravel on Sunday night.", "Gulf of Ostravel", "Gulf"),
    ],
)
def test_entities_world_region_uses_a_water_body_keeps_its_whole_name(
    nlp: Language, text: str, name: str, region: str
) -> None:
    typed = kg_entity_types(nlp, text)
    assert typed.get(name) == "Place" and region not in typed


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("The leaders approved a single Gulf tourist visa from March.", "Gulf"),
        ("Ministers backed a common Sahel security fund.", "Sahel"),
    ],
)
def test_entities_world_region_uses_a_modifier_names_no_region(nlp: Language, text: str, region: str) -> None:
    assert region not in kg_entity_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "region"),
    [("Troops from the Gulf states arrived on Monday.", "Gulf"), ("She flew to the Sahel on Monday.", "Sahel")],
)
def test_entities_world_region_uses_the_land_itself_stays_a_region(nlp: Language, text: str, region: str) -> None:
    assert kg_entity_types(nlp, text).get(region) == "Region"
