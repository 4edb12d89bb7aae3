"""A force's territorial unit named by a level word after the force's head: invented sentences.

Class: "the Lindmoor Home Guard District", "the Brenholm Police Region" end in a word of the map
("District", "Region"), but the word before it names a kind of force: the name is the force's
unit, a government body, never a district of the map. A level word after a place's own name
("the Lindmoor District") stays a region.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Lindmoor Home Guard District called up 300 volunteers on Friday.", "Lindmoor Home Guard District"),
        (
            "Soldiers of the Saltvik Home Guard District will guard the bridges until Sunday, the army said.",
            "Saltvik Home Guard District",
        ),
        ("Officers from the Brenholm Guards District set up roadblocks overnight.", "Brenholm Guards District"),
    ],
)
def test_entities_force_districts_are_bodies(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Agency"}


def test_entities_force_districts_place_districts_stay_regions(nlp: Language) -> None:
    text = "She grew up in the Lindmoor District of Norway before moving to the coast."
    assert linked_types(nlp, text).get("Lindmoor District") == {"Region"}
