"""A crossing named after a town whose name carries a lower-case particle ("Puerto de Salvena",
"Carrizal del Monte") is one crossing named by the whole name, alone or as one end of a pair set
with a spaced dash; a person's name with a particle stays a person.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types, related_pairs
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lorries queued at the Brenwick - Puerto de Salvena crossing on Tuesday.", "Brenwick - Puerto de Salvena"),
        ("Trucks waited a day at the Carrizal del Monte - Quilmar border crossing.", "Carrizal del Monte - Quilmar"),
        ("Bolivia said the Benlow - Santa Vira de Cumbre crossing point would close.", "Benlow - Santa Vira de Cumbre"),
        ("The Puerto de Salvena crossing reopened on Friday after floods.", "Puerto de Salvena"),
    ],
)
def test_entities_particle_name_is_one_crossing(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Checkpoint"}


def test_entities_particle_crossing_connects_its_states(nlp: Language) -> None:
    text = "Traffic through the Carrizal del Monte - Quilmar crossing between Chile and Bolivia was light."
    pairs = related_pairs(nlp, text, "connects")
    assert {o for _, o in pairs} >= {"state/CL", "state/BO"}


def test_entities_particle_person_stays_person(nlp: Language) -> None:
    text = "Police said the driver, Luis de Quilmar, was stopped at the border."
    assert linked_types(nlp, text).get("Luis de Quilmar") == {"Person"}
