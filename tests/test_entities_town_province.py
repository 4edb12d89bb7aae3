"""A name after a town's name and a comma is where the town lies: "Pellworth, Ontario" names the
province, though a city elsewhere shares its name; and "Tessier Falls, Ontario" read as one body
is a town and its province. A list of towns ("Ottawa, Quebec City and Toronto") is left alone.

Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from named_entities import found_entities
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "town", "region"),
    [
        (
            "The port of entry sits directly across from Dunhallow, Ontario, on the old county road.",
            "Dunhallow",
            "Ontario",
        ),
        (
            "The mayor of Tessier Falls, Ontario said the crossing should stay open at night.",
            "Tessier Falls",
            "Ontario",
        ),
        (
            "Customs officers at Brackenridge, Ontario, have checked every lorry since the fire.",
            "Brackenridge",
            "Ontario",
        ),
    ],
)
def test_entities_town_province_is_a_region(nlp: Language, text: str, town: str, region: str) -> None:
    found = found_entities(nlp, text)
    assert (region, "Region") in found
    assert any(name == town and type_ in {"Settlement", "Place"} for name, type_ in found)


def test_entities_town_province_list_of_towns_stays_towns(nlp: Language) -> None:
    found = found_entities(nlp, "Flights to Paris, Ontario and Quebec were cancelled because of the storm.")
    assert ("Ontario", "Region") not in found
