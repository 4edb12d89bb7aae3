""" "Deputy" alone right before a name is the office of a member of a chamber of deputies ("Deputy
Jo Roe asked the minister"), not the grade of an office the sentence leaves out; "Deputy Director"
keeps its head.

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
            "Next on the list was Deputy Ilse Brandvold, who wanted to know when the ferry would sail.",
            "person/ilse-brandvold",
            "Deputy",
        ),
        (
            "During question time, Deputy Lucila Ormaetxea Bengoa pressed the interior minister on the closures.",
            "person/lucila-ormaetxea-bengoa",
            "Deputy",
        ),
        ("The Deputy Director, Hallvard Skeie, said the road was closed.", "person/hallvard-skeie", "Deputy Director"),
    ],
)
def test_deputy_alone_is_an_office(nlp: Language, text: str, holder: str, title: str) -> None:
    assert _titles(nlp, text).get(holder) == title
