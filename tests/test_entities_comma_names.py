"""ISO 3166-1 sorts some states by their distinctive word and writes the form of address after a
comma ("X, Republic of"); a text writes it the other way round ("the Republic of X"). The gazetteer
matched only the comma-less names, so a state ISO names only with a comma was left to the NER, which
read it as a region. Every such name is matched in spoken order.

The sentences are invented; the names come from ISO's own data (pycountry).
"""

from __future__ import annotations

import pycountry
import pytest
from named_entities import kg_entity_types
from spacy.language import Language

from kg.lexicon.gazetteer import spoken_order, state_code
from kg.lexicon.territories import sovereign_of
from kg.nlp.patterns import phrase_patterns


def _turned_state_names() -> list[tuple[str, str]]:
    """(spoken-order name, ISO alpha-2) of each sovereign entry whose ISO name has a comma."""
    out = []
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            turned = spoken_order(getattr(c, attr, None) or "")
            if turned and sovereign_of(c.alpha_2) is None and not turned.startswith("The "):
                out.append((turned, c.alpha_2))
    return out


def test_every_comma_name_of_a_state_is_matched_in_spoken_order() -> None:
    states = set(phrase_patterns()["State"])
    names = _turned_state_names()
    assert names
    for name, code in names:
        assert name in states, name
        assert state_code(name) == code


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said on Tuesday that the {} would send a delegation to the talks.",
        "A statement issued by the Government of the {} condemned the shelling.",
    ],
)
def test_state_named_only_with_a_comma_by_iso_is_a_state(nlp: Language, sentence: str) -> None:
    for name, _ in _turned_state_names():
        types = {k.removeprefix("the "): v for k, v in kg_entity_types(nlp, sentence.format(name)).items()}
        assert types.get(name) == "State", name


def test_a_name_that_is_not_a_form_of_address_is_not_turned_round() -> None:
    assert spoken_order("Harbour, Province of Eastland") is None
    assert spoken_order("North Isles, Ferry and Rock") is None
    assert spoken_order("Isles, Outer") == "Outer Isles"
