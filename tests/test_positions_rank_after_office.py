"""A spokesperson's rank between the office and the name is no part of the office: "Navy
spokesperson Captain X", "Police spokesperson Deputy Commander Y" hold the office of spokesperson,
as "Army spokesman Colonel Z" already did. An office whose second word is a rank by itself
("Secretary General") is left whole.

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
    ("text", "holder"),
    [
        ("Navy spokesperson Captain Ilse Korvan told reporters the road would stay closed.", "person/ilse-korvan"),
        ("Police spokesperson Deputy Commander Tomas Varga said the road would stay closed.", "person/tomas-varga"),
        ("Fleet spokeswoman Vice Admiral Ilse Korvan said the port was shut.", "person/ilse-korvan"),
    ],
)
def test_rank_after_a_spokesperson_is_no_part_of_the_office(nlp: Language, text: str, holder: str) -> None:
    assert _titles(nlp, text)[holder].lower() in ("spokesperson", "spokeswoman")


def test_office_whose_second_word_is_a_rank_stays_whole(nlp: Language) -> None:
    titles = _titles(nlp, "Secretary General Tomas Varga said the road would stay closed.")
    assert titles["person/tomas-varga"] == "Secretary General"
