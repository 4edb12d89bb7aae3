"""A sentence that opens by setting its scene in a state ("In Y, the town of Z was evacuated")
puts the towns it names in that state, unless GeoNames knows a town of that name only elsewhere."""

from __future__ import annotations

import pytest
from named_entities import related_pairs
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "town", "state"),
    [
        ("And finally, in Chile, snow has cut off the town of Putre for a third day.", "settlement/putre", "state/CL"),
        (
            "In Norway, a landslide closed the coast road and the port of Tromso stayed shut overnight.",
            "settlement/tromso",
            "state/NO",
        ),
    ],
)
def test_relations_scene_states_place_the_towns(nlp: Language, text: str, town: str, state: str) -> None:
    assert (town, state) in related_pairs(nlp, text, "locatedIn")


def test_relations_scene_states_leave_a_town_known_elsewhere(nlp: Language) -> None:
    text = "In Norway, a landslide closed the coast road and flights from Oulu were cancelled."
    found = related_pairs(nlp, text, "locatedIn")
    assert not {s for s, o in found if s.endswith("oulu") and o == "state/NO"}
