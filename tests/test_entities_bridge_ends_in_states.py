"""A named bridge whose sentence gives one of its ends to a state ("at its Slovak end") or links a
place with a town the sentence gives to a state ("links A with the Bolivian town of B") is a
crossing point, though the sentence says nothing of crossing or of the border; a bridge the
sentence places in no state stays a place."""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "From Thursday the Velkoran Bridge over the Pesna will carry buses only, while engineers"
            " repair the railings at its Slovak end.",
            "Velkoran Bridge",
        ),
        (
            "Built in 1931, the Selvano Bridge over the Tarra River links Pelmo with the Bolivian town of"
            " Cuzra, the regional museum says.",
            "Selvano Bridge",
        ),
        (
            "Residents complained that the lights of the Dorna Bridge have been off for a month on the"
            " Hungarian side, the mayor wrote on Monday.",
            "Dorna Bridge",
        ),
    ],
)
def test_entities_bridge_with_an_end_in_a_state_is_a_crossing(nlp: Language, text: str, name: str) -> None:
    assert kg_entity_types(nlp, text).get(name) == "Checkpoint"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Velkoran Bridge was repainted last summer at its northern end, the town council said.",
            "Velkoran Bridge",
        ),
        (
            "Built in 1931, the Selvano Bridge links the old town with the new harbour, the regional museum says.",
            "Selvano Bridge",
        ),
    ],
)
def test_entities_bridge_placed_in_no_state_stays_a_place(nlp: Language, text: str, name: str) -> None:
    assert kg_entity_types(nlp, text).get(name) != "Checkpoint"
