"""Organs of international bodies named by the body's acronym: "the AU Commission", "the UN
Mission in Norland (UNMN)" (invented sentences through the real model)."""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types, linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Council asks the Chairperson of the AU Commission to report within 60 days.", "AU Commission"),
        ("The ASEAN Secretariat will publish the figures on Friday.", "ASEAN Secretariat"),
    ],
)
def test_entities_organs_acronym_and_organ_head(nlp: Language, text: str, name: str) -> None:
    assert kg_entity_types(nlp, text).get(name) == "Agency"


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        (
            "From the south, the UN Mission in Tarvosia (UNMIT) tells us it has deployed 135 peacekeepers.",
            "UN Mission in Tarvosia",
            "UNMIT",
        ),
        (
            "The UN Office for Vessaland (UNOV) said convoys reached the camps on Friday.",
            "UN Office for Vessaland",
            "UNOV",
        ),
    ],
)
def test_entities_organs_named_by_their_place_and_short_form(nlp: Language, text: str, name: str, short: str) -> None:
    types = linked_types(nlp, text)
    assert types.get(name) == {"Agency"} and types.get(short) == {"Agency"}
