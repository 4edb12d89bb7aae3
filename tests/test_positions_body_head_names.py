"""A rank word before a word that heads bodies is part of a body's name, not an office.

"Norway's General Commissariat for X", "the General Command": the tagger may read the body's head
word as a person's name after the rank "General"; one such word names no holder, so no position
is given. Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.named_entities import titles_by_holder


@pytest.mark.parametrize(
    "text",
    [
        "Officials of Chile's General Commissariat for Fisheries attended the talks in Valparaiso.",
        "Norway's General Commissariat for Coastal Affairs opened a new office in Tromso on Monday.",
    ],
)
def test_a_body_head_after_a_rank_holds_no_office(nlp: Language, text: str) -> None:
    assert titles_by_holder(nlp, text) == {}


def test_a_person_after_the_rank_still_holds_it(nlp: Language) -> None:
    text = "Norway's Commissioner General Dunmere Bexley opened a new office in Tromso on Monday."
    assert "person/dunmere-bexley" in titles_by_holder(nlp, text)
