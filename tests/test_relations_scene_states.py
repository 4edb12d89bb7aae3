"""A sentence that opens by setting its scene in a state ("In Y, the town of Z was evacuated")
puts the towns it names in that state, unless GeoNames knows a town of that name only elsewhere."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


def _located(nlp: Language, text: str) -> set[tuple[str, str]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    entities = find_entities(doc, article)
    return {(r.subject, r.object) for r in find_relations(doc, article, entities) if r.predicate == "locatedIn"}


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
    assert (town, state) in _located(nlp, text)


def test_relations_scene_states_leave_a_town_known_elsewhere(nlp: Language) -> None:
    found = _located(nlp, "In Norway, a landslide closed the coast road and flights from Oulu were cancelled.")
    assert not {s for s, o in found if s.endswith("oulu") and o == "state/NO"}
