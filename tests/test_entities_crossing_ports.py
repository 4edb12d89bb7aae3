"""A capitalised "X Port" in a sentence about crossing is a crossing point, as states that name their
land crossings ports of entry write them ("passenger crossings at the X Port were halved"); every
mention of that name is then the crossing. A port in a sentence about trade or traffic alone is a
seaport and stays a place."""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Passenger crossings at the Lianwu Port fell by half after the holiday, the border inspection"
            " station said.",
            "Lianwu Port",
        ),
        (
            "More than 38,260 visitors crossed into the special zone through the Dexin Port on Saturday. The"
            " Dexin Port keeps its late hours all week.",
            "Dexin Port",
        ),
    ],
)
def test_entities_port_in_a_crossing_sentence_is_a_crossing(nlp: Language, text: str, name: str) -> None:
    assert kg_entity_types(nlp, text).get(name) == "Checkpoint"


@pytest.mark.parametrize(
    "text",
    [
        "Container traffic at the Kellmark Port rose by a tenth last year, the harbour authority said.",
        "Fishing boats returned to the Kellmark Port before the storm, harbour staff reported on Sunday.",
    ],
)
def test_entities_seaport_without_crossing_stays_a_place(nlp: Language, text: str) -> None:
    assert kg_entity_types(nlp, text).get("Kellmark Port") != "Checkpoint"


def test_entities_port_inside_a_longer_name_is_no_crossing(nlp: Language) -> None:
    text = "Jo Marrow, the Regional Port Manager at Kelby, told reporters that lorries entered the country slowly."
    assert kg_entity_types(nlp, text).get("Regional Port") != "Checkpoint"
