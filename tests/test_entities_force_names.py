"""kg.nlp.components: an office word opening a force's name ("Home Guard") is part of the name."""

from __future__ import annotations

import pytest
from named_entities import found_entities
from spacy.language import Language


@pytest.mark.parametrize(
    "text",
    [
        "The Home Guard will call up 300 soldiers for an exercise in Tarnia's north.",
        "Vessels of the Home Guard patrol the waters around the island, the Tarnian navy said.",
    ],
)
def test_entities_home_guard_is_a_body_not_a_person(nlp: Language, text: str) -> None:
    ents = found_entities(nlp, text)
    assert not any(type_ == "Person" for _, type_ in ents), ents
    assert any(name.endswith("Home Guard") and type_ == "Agency" for name, type_ in ents), ents


def test_entities_office_word_before_a_name_still_makes_a_person(nlp: Language) -> None:
    ents = found_entities(nlp, "Home Secretary Jo Varnell said the Tarnian Home Guard would help.")
    assert ("Jo Varnell", "Person") in ents
