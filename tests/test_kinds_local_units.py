"""Local administrative units a release lists by their level noun: "the subdivisions of A, B and
C", "the A and B communes", "the canton of A". Each name is a region, whatever the NER read
from its letters alone (often a person). Military divisions are no such unit and stay out.

Every name here is invented for the test.
"""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "A curfew is imposed in the subdivisions of Kelvo, Tarnak and Mosk from Tuesday.",
            ("Kelvo", "Tarnak", "Mosk"),
        ),
        ("Markets in the Kelvo and Tarnak communes stay shut until further notice.", ("Kelvo", "Tarnak")),
        ("Police reinforced patrols in the canton of Tarnak on Monday.", ("Tarnak",)),
    ],
)
def test_local_units_listed_by_their_level_are_regions(nlp: Language, text: str, names: tuple[str, ...]) -> None:
    types = kg_entity_types(nlp, text)
    assert all(types.get(name) == "Region" for name in names), types


def test_military_divisions_are_no_regions(nlp: Language) -> None:
    types = kg_entity_types(nlp, "Troops of the Alpha and Bravo divisions moved north on Monday.")
    assert types.get("Alpha") != "Region" and types.get("Bravo") != "Region"
