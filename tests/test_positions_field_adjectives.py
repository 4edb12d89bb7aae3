"""An adjective made from a noun names the field of an office set off by commas ("X, Oxfam's
humanitarian coordinator in the region", "Y, the agency's technical adviser"); a gradable adjective
("the country's youngest leader") still describes its holder and states no office.

Every name here is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


def _titles(nlp: Language, text: str) -> dict[str, tuple[str, str | None]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    return {p.holder: (p.title, p.post_in) for p in find_positions(doc, article, find_entities(doc, article))}


@pytest.mark.parametrize(
    ("text", "holder", "title"),
    [
        (
            '"We need more tents," said Marit Quallan, Oxfam\'s humanitarian coordinator in the region.',
            "person/marit-quallan",
            "Humanitarian Coordinator",
        ),
        (
            '"Children arrive sick," said Dr. Bertil Ondrasek, MSF\'s medical coordinator in the north.',
            "person/bertil-ondrasek",
            "Medical Coordinator",
        ),
        (
            "Jorun Beskow, UNICEF's technical adviser, said more staff were coming.",
            "person/jorun-beskow",
            "Technical Adviser",
        ),
    ],
)
def test_field_adjective_is_part_of_the_office(nlp: Language, text: str, holder: str, title: str) -> None:
    assert _titles(nlp, text)[holder][0] == title


def test_gradable_adjective_states_no_office(nlp: Language) -> None:
    titles = _titles(nlp, "Halvar Ostrung, Norway's youngest leader, spoke to reporters on Monday.")
    assert "person/halvar-ostrung" not in titles
