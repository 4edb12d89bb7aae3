"""A crossing named after a place whose name carries two particles ("Col de la X", "Mas de la Y").

The patterns stop at the lower-case particles and kept the last word alone; the words before a
run of one or two particles belong to the name. Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Snow closed the Col de la Varenne border crossing with Spain on Tuesday.", "Col de la Varenne"),
        ("Only ambulances may use the Mas de la Torrel crossing until the road is cleared.", "Mas de la Torrel"),
    ],
)
def test_entities_crossing_particles_two_particles(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Checkpoint"}
