"""A region's name before a lower-case level adjective ("the X regional government", "the X
provincial authorities") is the region the text also names in full ("X Region", "X Province"):
one region node, and a bare "X" elsewhere in the text stays the town of that name.

Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from named_entities import found_entities
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "region", "town"),
    [
        (
            "Snow shut most roads across Kostanay Region overnight. The Kostanay regional administration"
            " said no buses would run from Kostanay to the frontier before Thursday.",
            "Kostanay Region",
            "Kostanay",
        ),
        (
            "Lorries queued for hours outside Huambo on Tuesday. The Huambo provincial government blamed"
            " the floods that hit Huambo Province last week.",
            "Huambo Province",
            "Huambo",
        ),
        (
            "A farmer from Pavlodar told us the grain trucks were stuck. Officials of the Pavlodar regional"
            " akimat promised a second lane, and Pavlodar Region would pay for it.",
            "Pavlodar Region",
            "Pavlodar",
        ),
    ],
)
def test_entities_region_levels_one_region_and_the_town(nlp: Language, text: str, region: str, town: str) -> None:
    found = found_entities(nlp, text)
    assert (region, "Region") in found
    assert (town, "Settlement") in found
    assert (town, "Region") not in found  # the adjective's mention joined the full name


def test_entities_region_levels_listed_regions_keep_their_bare_name(nlp: Language) -> None:
    """Without a full name to join ("Huambo Province"), a region listed before a plural level word
    keeps its bare mentions elsewhere: "across Huambo" is the province the text spoke of."""
    text = "Heavy rain hit the Huambo and Bié provinces overnight. Roads across Huambo were cut by noon."
    found = found_entities(nlp, text)
    assert ("Huambo", "Region") in found
    assert ("Huambo", "Settlement") not in found
