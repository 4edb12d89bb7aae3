"""Names the model calls bodies after a verb of keeping people or things "at" them: invented sentences.

Class: "a dog unit is to be stationed at Kelvo", "trucks were stopped at Ostvik", "travellers were
stranded at Lindmoor": one is stationed, stopped or stranded at a place, never at a body one
works for, so the name is a town whatever the NER said. "worked at X" keeps the NER's body.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The new dog unit is to be stationed at Kelvo until spring.", "Kelvo"),
        ("Trucks were stopped at Ostvik overnight, the customs office said.", "Ostvik"),
        ("Hundreds of travellers were stranded at Lindmoor after the storm.", "Lindmoor"),
    ],
)
def test_entities_stationed_at_places_are_towns(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Settlement"}


def test_entities_stationed_at_workplaces_stay_bodies(nlp: Language) -> None:
    types = linked_types(nlp, "He has worked at the Brenholm Savings Bank since 2019.")
    assert types.get("Brenholm Savings Bank") == {"Organization"}
