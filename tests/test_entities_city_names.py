"""A city named after its state ("Kuwait City", "Panama City") is the city, not the state.

The gazetteer matches the state's name first; when GeoNames knows a city by the name together
with the capitalised word after it, that whole name is a Settlement.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import link_mentions


def _types(nlp: Language, text: str) -> dict[str, str]:
    return {lk.text: lk.type for lk in link_mentions(nlp(text))}


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("The minister flew to Panama City for talks on Tuesday.", "Panama City"),
        ("Delegates gathered in Kuwait City, the agency said.", "Kuwait City"),
        ("Heavy rain closed schools in Belize City overnight.", "Belize City"),
    ],
)
def test_entities_city_named_after_its_state_is_a_settlement(nlp: Language, text: str, city: str) -> None:
    types = _types(nlp, text)
    assert types.get(city) == "Settlement"
    assert city.split()[0] not in types  # no State node for the first word


def test_entities_state_beside_its_city_stays_a_state(nlp: Language) -> None:
    types = _types(nlp, "Kuwait City's mayor said Kuwait would send doctors to Panama.")
    assert (types.get("Kuwait City"), types.get("Kuwait"), types.get("Panama")) == ("Settlement", "State", "State")


def test_entities_state_before_another_capitalised_word_stays_a_state(nlp: Language) -> None:
    assert _types(nlp, "Panama Tuesday announced new visa rules, officials said.").get("Panama") == "State"
