"""An office "in" a body before the holder's name: "Permanent Secretary in the Ministry of X Mr. Y".

Invented sentences through the real model: with no comma between the body and the name, the
words before the name (title, "in", body, form of address) are one title read back from the
name, and the office is held in the body named after "in".
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
            "Speakers: Permanent Secretary in the Ministry of Lands Mr. Peter Mwangala; Police Spokesperson Ms. "
            "Ruvimbo Tshuma",
            ("person/peter-mwangala", "Permanent Secretary", "agency/ministry-of-lands"),
        ),
        (
            "Also present was the Deputy Director in the Department of Roads Dr. Peter Mwangala, who said the "
            "bridge was safe.",
            ("person/peter-mwangala", "Deputy Director", "agency/department-of-roads"),
        ),
    ],
)
def test_positions_held_in_body_before_name(nlp: Language, text: str, want: tuple[str, str, str]) -> None:
    assert want in _positions(nlp, text)
