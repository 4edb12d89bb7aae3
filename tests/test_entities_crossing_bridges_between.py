"""A border bridge named by the two places it joins: "the bridge between A and B" is the crossing "A-B bridge".

Invented sentences through the real model. Before, the two towns were kept and the bridge itself,
the crossing the text is about, was lost. A bridge between two towns counts in a text about
crossing that names two states, or beside a sentence about the border; one between two states or
regions ("the bridge between Europe and Asia") is a figure of speech, and a bridge in a text that
speaks of no border is a town's own.
"""

from __future__ import annotations

import pytest
from named_entities import found_entities, linked_types, related_pairs
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "name", "towns"),
    [
        (
            "Slovak and Hungarian officials said the old road bridge between Dravecko and Mirovany will close"
            " to lorries in May, and traffic will cross at other border points.",
            "Dravecko-Mirovany bridge",
            ("Dravecko", "Mirovany"),
        ),
        (
            "Hundreds of commuters cross the border each morning. The bridge between the town of Ostrelka in"
            " Ukraine and Vadul in Romania carries most of them.",
            "Ostrelka-Vadul bridge",
            ("Ostrelka", "Vadul"),
        ),
        (
            "Drivers must take the ferry until the bridge between Kelburn and Tessock reopens next week, the"
            " county council said. Few other roads cross the border in that valley.",
            "Kelburn-Tessock bridge",
            ("Kelburn", "Tessock"),
        ),
    ],
)
def test_entities_bridge_between_two_towns_is_a_crossing(
    nlp: Language, text: str, name: str, towns: tuple[str, str]
) -> None:
    types = linked_types(nlp, text)
    assert "Checkpoint" in types.get("bridge", set())

    found = found_entities(nlp, text)
    assert (name, "Checkpoint") in found
    assert all((town, "Settlement") in found for town in towns)


@pytest.mark.parametrize(
    "text",
    [
        "The bridge between Kelburn and Tessock was repainted last summer, the county council said on Friday.",
        "German and Polish ministers want the region to be the bridge between Europe and Asia, and border"
        " trade is rising.",
    ],
)
def test_entities_bridge_between_without_a_border_or_between_regions_is_no_crossing(nlp: Language, text: str) -> None:
    assert "Checkpoint" not in {t for ts in linked_types(nlp, text).values() for t in ts}


@pytest.mark.parametrize(
    ("text", "crossing", "states"),
    [
        (
            "Hundreds of commuters cross the border each morning. The bridge between the town of Ostrelka in"
            " Ukraine and Vadul in Romania carries most of them.",
            "checkpoint/ostrelka-vadul-bridge",
            {"state/UA", "state/RO"},
        ),
        (
            "Border traffic between Ghana and Togo slowed after engineers shut the bridge between Akorme in"
            " the Volta Region and Nyeve in the Plateaux Region.",
            "checkpoint/akorme-nyeve-bridge",
            {"state/GH", "state/TG"},
        ),
    ],
)
def test_relations_bridge_between_connects_the_states_of_its_ends(
    nlp: Language, text: str, crossing: str, states: set[str]
) -> None:
    assert {o for s, o in related_pairs(nlp, text, "connects") if s == crossing} == states


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "Police from Austria and Hungary will patrol the international bridge between Ardessy and Vostrana"
            " together from March, since smugglers cross there at night.",
            "Ardessy-Vostrana international bridge",
        ),
        (
            "Traffic across the border slowed on Friday when the main road bridge between Tolvaine and Pesknor"
            " lost a lane, Slovak and Polish officials said.",
            "Tolvaine-Pesknor main road bridge",
        ),
    ],
)
def test_entities_bridge_between_keeps_its_written_kind(nlp: Language, text: str, written: str) -> None:
    found = [e for e in find_entities(nlp(text), Article(id="t", text=text, source="test")) if e.type == "Checkpoint"]
    assert [written in e.aliases for e in found] == [True]
