"""A statement's signature block may put the office above the name: "For the Executive
Committee," / "The Publicity Secretary" / "Jane Doe". The name's own line holds the name alone; the
line above is the office, and a "For the X," line above that names the body it signs for.

Every name here is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


def _positions(nlp: Language, text: str) -> dict[str, tuple[str, str | None]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    return {p.holder: (p.title, p.post_in) for p in find_positions(doc, article, find_entities(doc, article))}


@pytest.mark.parametrize(
    ("text", "title", "body"),
    [
        (
            "The party calls on its supporters to remain calm.\n\nFor the Executive Committee,\n"
            "The Publicity Secretary\nIlse Korvan",
            "Publicity Secretary",
            "agency/executive-committee",
        ),
        (
            "The council calls on the population to remain calm.\n\nFor the Regional Council,\n"
            "The Chairperson\nMrs. Ilse Korvan",
            "Chairperson",
            "agency/regional-council",
        ),
    ],
)
def test_office_above_the_name_in_a_signature(nlp: Language, text: str, title: str, body: str) -> None:
    assert _positions(nlp, text)["person/ilse-korvan"] == (title, body)


def test_a_sentence_under_an_office_line_is_no_signature(nlp: Language) -> None:
    text = "Notes for editors\nThe Chairperson\nIlse Korvan will speak to reporters on Monday in the hall."
    assert "person/ilse-korvan" not in _positions(nlp, text)
