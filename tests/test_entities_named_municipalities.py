"""A municipality named with a capitalised "Municipality" ("the Municipality of X", "X
Municipality") is the administrative unit, a region of its state; the town of the same name, and
a lower-case "the municipality of X", keep their own reading.

Every name here is invented for the test.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Councillors of the Municipality of Vetrovo voted on Tuesday to raise the water tariff by a tenth.",
            "Municipality of Vetrovo",
        ),
        (
            "Road crews from Kalnik Municipality began clearing the mountain pass after the snowfall.",
            "Kalnik Municipality",
        ),
        (
            "A referendum on merging the two districts was held across the Municipality of Dravica last spring.",
            "Municipality of Dravica",
        ),
    ],
)
def test_named_municipality_is_a_region(nlp: Language, text: str, unit: str) -> None:
    assert linked_types(nlp, text).get(unit) == {"Region"}


def test_town_of_the_municipality_keeps_its_reading(nlp: Language) -> None:
    types = linked_types(nlp, "Brdovec Municipality opened a clinic in the town of Brdovec on Monday.")
    assert types.get("Brdovec Municipality") == {"Region"}
    assert types.get("Brdovec") == {"Settlement"}
