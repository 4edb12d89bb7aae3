"""Local administrative units a release lists by their level noun: "the subdivisions of A, B and
C", "the canton of A". Each name is a region, whatever the NER read from its letters alone (often
a person). A commune is a town with its lands, like a municipality: "the A and B communes", "the
communes of A, B and C" are towns. Military divisions are no such unit and stay out.

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
        ("Police reinforced patrols in the canton of Tarnak on Monday.", ("Tarnak",)),
    ],
)
def test_local_units_listed_by_their_level_are_regions(nlp: Language, text: str, names: tuple[str, ...]) -> None:
    types = kg_entity_types(nlp, text)
    assert all(types.get(name) == "Region" for name in names), types


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Markets in the Kelvo and Tarnak communes stay shut until further notice.", ("Kelvo", "Tarnak")),
        (
            "The army urged people living in the communes of Quinsel, Bortenay and Vasselin to report strangers.",
            ("Quinsel", "Bortenay", "Vasselin"),
        ),
        ("Shelling damaged two barns in the rural commune of Orbeck overnight, the prefect said.", ("Orbeck",)),
    ],
)
def test_local_units_communes_are_towns(nlp: Language, text: str, names: tuple[str, ...]) -> None:
    types = kg_entity_types(nlp, text)
    assert all(types.get(name) == "Settlement" for name in names), types


def test_military_divisions_are_no_regions(nlp: Language) -> None:
    types = kg_entity_types(nlp, "Troops of the Alpha and Bravo divisions moved north on Monday.")
    assert types.get("Alpha") != "Region" and types.get("Bravo") != "Region"
