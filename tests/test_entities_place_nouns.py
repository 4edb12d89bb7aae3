"""A name before a settlement noun is a settlement: "the Karlsvik suburb", "the Tarnby village" (issue 8, class 3).

Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import link_mentions


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Volunteers put up tents beside the Tshikwaro suburb on Monday.", "Tshikwaro"),
        ("Families walked to the Kessaba village overnight, aid workers said.", "Kessaba"),
    ],
)
def test_entities_place_nouns_name_before_a_settlement_noun(nlp: Language, text: str, name: str) -> None:
    types = {lk.text: lk.type for lk in link_mentions(nlp(text))}
    assert types.get(name) == "Settlement"


def test_entities_place_nouns_a_demonym_before_the_noun_stays_a_state(nlp: Language) -> None:
    types = {lk.text: lk.type for lk in link_mentions(nlp("The Chilean town was quiet on Sunday."))}
    assert types.get("Chilean") != "Settlement"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Aid convoys reached the capital of West Kordofan State on Friday.", "West Kordofan State"),
        ("Fighting spread from North Kivu into Ituri, the army said.", "North Kivu"),
    ],
)
def test_entities_place_nouns_compass_word_opens_a_regions_name(nlp: Language, text: str, name: str) -> None:
    types = {lk.text: lk.type for lk in link_mentions(nlp(text))}
    assert types.get(name) == "Region"
