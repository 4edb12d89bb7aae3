"""kg.nlp.components: a title word opening a body's name ("General Command") makes no person."""

from __future__ import annotations

import pytest
from named_entities import found_entities
from spacy.language import Language


@pytest.mark.parametrize(
    "text",
    [
        "Tarnian Defence Staff\nGeneral Command\nPublic Affairs Branch\n\nLorvan, 15 May 2026\n\n"
        "The forces seized 400 kilograms of resin.",
        "Staff from Tarnia's General Commissariat for Fisheries joined the inspection of the trawlers.",
        "General Command ordered the units back to base.",
    ],
)
def test_entities_title_word_opening_a_body_is_no_rank(nlp: Language, text: str) -> None:
    ents = found_entities(nlp, text)
    assert not any(type_ == "Person" for _, type_ in ents), ents
