"""kg.nlp.components: a state's name inside a longer name of a place, a city or a firm is not the state."""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Herders near Lake Malawi lost cattle to the drought, officials said.", "Lake Malawi", "Place"),
        ("Two trawlers sank in the Sea of Japan during the storm.", "Sea of Japan", "Place"),
        ("The ministers met in Kuwait City on Tuesday.", "Kuwait City", "Settlement"),
        ("The summit opened in Panama City with nine leaders.", "Panama City", "Settlement"),
        (
            "The cranes were supplied by Vietnam Port Holdings, the operator said.",
            "Vietnam Port Holdings",
            "Organization",
        ),
    ],
)
def test_entities_state_inside_a_longer_name_is_that_name(nlp: Language, text: str, name: str, label: str) -> None:
    typed = kg_entity_types(nlp, text)
    assert typed.get(name) == label
    assert name.split()[0] not in typed or name.split()[0] == name


def test_entities_state_alone_stays_a_state(nlp: Language) -> None:
    typed = kg_entity_types(nlp, "Chad and Niger sent troops to the lake, the army of Chad said.")
    assert typed.get("Chad") == "State" and typed.get("Niger") == "State"
