"""Words before a title: an office's first word is no body, a royal title before a name is no
part of it (invented sentences through the real model)."""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language


@pytest.mark.parametrize(
    "text",
    [
        "Cabinet Secretary for Trade Mary Wairimu spoke by telephone on Tuesday with her counterpart.",
        "Party Secretary Lin Wairimu opened the session on Monday.",
    ],
)
def test_entities_office_words_first_word_of_an_office_is_no_body(nlp: Language, text: str) -> None:
    typed = kg_entity_types(nlp, text)
    assert "Cabinet" not in typed and "Party" not in typed


def test_entities_office_words_a_body_before_a_title_stays(nlp: Language) -> None:
    assert kg_entity_types(nlp, "Senate President Jo Wairimu opened the session.").get("Senate") is not None


@pytest.mark.parametrize(
    "text",
    [
        "Signed: Prince Gbessay Varney, Director of Communications",
        "Contact: Prince Gbessay Varney, Press Officer, on 555 0100.",
    ],
)
def test_entities_office_words_name_after_a_royal_title(nlp: Language, text: str) -> None:
    assert kg_entity_types(nlp, text).get("Gbessay Varney") == "Person"
