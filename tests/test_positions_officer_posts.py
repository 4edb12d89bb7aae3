"""Posts named "... Officer": "the Commanding Officer of the Navy, Captain X,", "X, the commanding
officer of Y,".

Invented sentences through the real model: a qualifier of command or management makes "officer"
an office (held in the body its complement or the name before it gives); "a police officer, X"
stays a trade, no office.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


def _positions(nlp: Language, text: str) -> set[tuple[str, str, str | None]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    return {(p.holder, p.title, p.post_in) for p in find_positions(doc, article, find_entities(doc, article))}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Commanding Officer of the Navy, Captain Orsen Quill-Maddo, said the patrols would continue in Ghana.",
            ("person/orsen-quill-maddo", "Commanding Officer", "agency/navy"),
        ),
        (
            "Captain Orsen Quill-Maddo, the commanding officer of the Navy, said the patrols would continue in Ghana.",
            ("person/orsen-quill-maddo", "Commanding Officer", "agency/navy"),
        ),
    ],
)
def test_positions_officer_post_is_an_office(nlp: Language, text: str, want: tuple[str, str, str]) -> None:
    assert want in _positions(nlp, text)


def test_positions_police_officer_is_no_office(nlp: Language) -> None:
    assert not _positions(nlp, "A police officer, Kofi Dansa Ampem, said the road was closed in Ghana.")
