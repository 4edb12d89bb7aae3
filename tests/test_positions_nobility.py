"""A rank of nobility (or a given name) before a name that holds an office is no office of its own.

"Prince" and "Princess" before a name are a style of nobility or, in much of West Africa, a given
name; beside an office the text gives the person ("Prince X, Director of Communications") they
are dropped like a military grade. Alone they stay. Invented texts through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


def _titles(nlp: Language, text: str) -> set[str]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    return {p.title for p in find_positions(doc, article, find_entities(doc, article))}


@pytest.mark.parametrize(
    ("text", "office"),
    [
        (
            "The commission announced the final results on Monday.\n\n"
            "Signed: Prince Tamba Kollehson, Director of Communications\n",
            "Director of Communications",
        ),
        (
            "The ferry to Tarvik sails again. Prince Kobina Arhin Mensor, the port authority's spokesman, said on "
            "Monday that the pier was safe.",
            "Port Spokesman",
        ),
    ],
)
def test_positions_nobility_beside_an_office_is_no_office(nlp: Language, text: str, office: str) -> None:
    assert _titles(nlp, text) == {office}


def test_positions_nobility_alone_stays(nlp: Language) -> None:
    assert _titles(nlp, "Prince Halvard Ostmo visited the flooded towns on Monday.") == {"Prince"}
