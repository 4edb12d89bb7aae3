"""A model code and name before a kind of vehicle name a type of craft, no person or body.

"a KV-139 Vincent Marr helicopter" is no person called Vincent Marr. Invented models through the
real model, in several wordings (a code joined to the name or apart, an adjective before the
vehicle noun); an operator's name before a vehicle, without a code, stays.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article


def _named(nlp: Language, text: str) -> dict[str, str]:
    return {e.name: e.type for e in find_entities(nlp(text), Article(id="t", text=text, source="test"))}


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Soldiers drove K-210 Wolverine armoured vehicles to the border post.", "Wolverine"),
        ("The pilots flew an RX-9 Corwin jet over the bay.", "Corwin"),
        ("A KV-139 Vincent Marr helicopter took the patient to hospital.", "Vincent Marr"),
    ],
)
def test_entities_vehicle_models_a_model_name_is_no_entity(nlp: Language, text: str, model: str) -> None:
    named = _named(nlp, text)
    assert not any(model in name for name in named), named


def test_entities_vehicle_models_an_operator_without_a_code_stays(nlp: Language) -> None:
    named = _named(nlp, "A Norland Coast Guard helicopter found the boat, said Captain Ivo Darrel.")
    assert named.get("Ivo Darrel") == "Person", named
    assert any("Coast Guard" in name for name in named), named
