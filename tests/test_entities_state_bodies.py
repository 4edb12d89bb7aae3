"""Government bodies the NER calls organizations: forces named by a demonym of several words,
missions abroad, legislatures and secretariats (invented sentences through the real model)."""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types, linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Central African Armed Forces secured the road to the airport on Monday.", "Central African Armed Forces"),
        ("Soldiers of the Sri Lankan Army rescued 40 fishermen off the coast.", "Sri Lankan Army"),
        ("A patrol of the Costa Rican Armed Forces was sent to the border.", "Costa Rican Armed Forces"),
    ],
)
def test_entities_state_bodies_forces_named_by_a_long_demonym(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Agency"}


def test_entities_state_bodies_a_group_named_without_a_state_stays_a_group(nlp: Language) -> None:
    text = "Fighters of the Tarvash Liberation Army attacked a convoy on Tuesday."
    assert linked_types(nlp, text).get("Tarvash Liberation Army") == {"Organization"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The National Relief Secretariat sent boats and tents to the flooded towns.",
            "National Relief Secretariat",
        ),
        ("The National Assembly passed the fisheries bill by 61 votes to 40.", "National Assembly"),
        ("The Quellmark Embassy in Lisbon issued a travel notice on Friday.", "Quellmark Embassy"),
    ],
)
def test_entities_state_bodies_missions_legislatures_and_secretariats(nlp: Language, text: str, name: str) -> None:
    assert kg_entity_types(nlp, text).get(name) == "Agency"


def test_entities_state_bodies_a_lone_assembly_after_an_article_is_no_name(nlp: Language) -> None:
    text = "All male citizens could attend meetings of the Assembly, where they voted on laws."
    assert "Assembly" not in kg_entity_types(nlp, text)
