"""Prizes named with their field after "for" or "in": no entity.

Biographies list the awards a person won ("the X Award for Best Actor", "the Y Academy Prize for
Orchestration"); the NER reads the whole as a body, and the field's last word hides the prize head
from the head-noun rule. A prize head followed by "for" or "in" and a capitalised field names a
prize. Every sentence and name here is invented, two or more wordings.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article


def _names(nlp: Language, text: str) -> list[str]:
    article = Article(id="t", text=text, source="test")
    return [e.name for e in find_entities(nlp(text), article)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("She took home the Varnholm Critics Circle Award for Best Supporting Role in 1971.", "Award"),
        (
            "Two of her string quartets were shortlisted before the Tarnian Academy Prize for Orchestration"
            " finally went to her.",
            "Prize",
        ),
        ("She was honoured with the Halvask Medal for Bravery last year.", "Medal"),
    ],
)
def test_entities_prize_fields_prize_with_its_field_is_no_entity(nlp: Language, text: str, word: str) -> None:
    names = _names(nlp, text)
    assert not any(word in name for name in names), names


def test_entities_prize_fields_body_named_for_its_field_stays(nlp: Language) -> None:
    names = _names(nlp, "She chaired the Greddon Society for Psychical Research for a decade.")
    assert "Greddon Society for Psychical Research" in names, names
