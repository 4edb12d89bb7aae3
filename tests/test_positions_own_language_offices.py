"""A state's own word for its head of government, left untranslated in English news ("the
Taoiseach, X TD,", "Tanaiste X", "X, the Lehendakari,"), is an office that the named person holds,
not a body the name belongs to.

Every name here is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


def _titles(nlp: Language, text: str) -> dict[str, str]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    return {p.holder: p.title for p in find_positions(doc, article, find_entities(doc, article))}


@pytest.mark.parametrize(
    ("text", "holder", "title"),
    [
        (
            "The Taoiseach, Ciarnan Mulvey TD, met the Chancellor in Berlin on Friday.",
            "person/ciarnan-mulvey",
            "Taoiseach",
        ),
        (
            "Speaking in Cork, Taoiseach Ciarnan Mulvey said the talks had gone well.",
            "person/ciarnan-mulvey",
            "Taoiseach",
        ),
        (
            '"We are ready," said the Tánaiste, Eimhin Lowery, after the cabinet met.',
            "person/eimhin-lowery",
            "Tánaiste",
        ),
        (
            "The Lehendakari, Iker Zubeldia, opened the new rail link in Vitoria.",
            "person/iker-zubeldia",
            "Lehendakari",
        ),
    ],
)
def test_own_language_office_is_held(nlp: Language, text: str, holder: str, title: str) -> None:
    assert _titles(nlp, text).get(holder) == title
