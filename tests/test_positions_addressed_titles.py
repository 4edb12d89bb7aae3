"""A form of address between a title and the name ends the title there: "Chief Engineer Dr. X" holds
the office of Chief Engineer, not "Chief", and "Chief Architect Mr. Y" that of Chief Architect.
"Minister Dr. Z" is still the office and Z.

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
        ("Chief Engineer Dr. Halvard Brun said the dam was safe.", "person/halvard-brun", "Chief Engineer"),
        (
            "The harbour reopened on Monday. Chief Architect Mr. Ossian Vatne said the quay was sound.",
            "person/ossian-vatne",
            "Chief Architect",
        ),
        ("Minister Dr. Arvid Sollien spoke to reporters on Monday.", "person/arvid-sollien", "Minister"),
    ],
)
def test_form_of_address_ends_the_title(nlp: Language, text: str, holder: str, title: str) -> None:
    assert _titles(nlp, text).get(holder) == title
