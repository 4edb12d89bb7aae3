"""Centres named for coordinating or commanding: invented sentences.

Class: "the Rescue Coordination Centre", "the Flood Operations Center" name a body by the work
only a body's centre does, with no "National" or demonym before it, and the model may miss the
name or call it a body; "the Vardish Maritime Rescue Coordination Centre", which the model
misses, is a body too. Shopping and exhibition centres stay places.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Rescue Coordination Centre in Brenholm said a patrol boat had picked up 41 people.",
            "Rescue Coordination Centre",
        ),
        (
            "Staff at the Flood Operations Center in Saltvik warned that the water was still rising.",
            "Flood Operations Center",
        ),
        (
            "Before dawn the trawler's skipper radioed the Spanish Maritime Rescue Coordination Centre in Valencia.",
            "Spanish Maritime Rescue Coordination Centre",
        ),
    ],
)
def test_entities_coordination_centres_are_bodies(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Agency"}


def test_entities_coordination_centres_shops_stay_places(nlp: Language) -> None:
    text = "Shoppers filled the Lindmoor Shopping Centre on Saturday morning."
    assert linked_types(nlp, text).get("Lindmoor Shopping Centre") == {"Place"}
