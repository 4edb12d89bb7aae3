"""A name before "territory" is a region, as the second-level units of some states are called
("in Kobalu territory", "across Rwendamu Territory"), like "X district" or "X province". A state's
demonym before the word ("Veltranian territory") is the state's land, no region.

Every name here is invented for the test.
"""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Militiamen attacked a camp near the river, in Kobalu territory, on Sunday.", "Kobalu territory"),
        ("Fighting spread across Rwendamu Territory last week, the army said.", "Rwendamu Territory"),
    ],
)
def test_name_before_territory_is_a_region(nlp: Language, text: str, name: str) -> None:
    assert kg_entity_types(nlp, text).get(name) == "Region"


def test_demonym_before_territory_is_no_region(nlp: Language) -> None:
    types = kg_entity_types(nlp, "Troops entered Ukrainian territory on Monday.")
    assert "Region" not in types.values()
