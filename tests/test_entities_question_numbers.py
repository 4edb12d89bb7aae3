"""A hearing's record numbers each question before its asker's label ("Q14 Jo Roe:"): the number is
no part of the name.

Invented records through the real model, which reads "Q14" as the person's first name.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article


def _persons(nlp: Language, text: str) -> set[str]:
    article = Article(id="t", text=text, source="test")
    return {e.name for e in find_entities(nlp(text), article) if e.type == "Person"}


@pytest.mark.parametrize(
    ("text", "asker"),
    [
        (
            "Q14 Helga Brandvold: Were any lorries turned back last week?\n\nWitness: Two, both for missing papers.",
            "Helga Brandvold",
        ),
        (
            "Chair: Let us begin with the lorries.\n\n"
            "Q9 Solveig Lysaker: How long did the queue last on Sunday?\n\n"
            "Vebjørn Bakketun: Four hours at its worst.",
            "Solveig Lysaker",
        ),
    ],
)
def test_entities_question_number_cut_from_asker(nlp: Language, text: str, asker: str) -> None:
    persons = _persons(nlp, text)
    assert asker in persons
    assert not any(name.startswith("Q") for name in persons)
