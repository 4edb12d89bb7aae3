"""Two offices joined by "and" after a name are both the holder's.

"X, Prime Minister of Y and Chair of Z" and "X, Deputy Prime Minister and Minister of Foreign
Affairs of Y": the second office opens with a capitalised title word after "and"; a state either
office names is the other's too. "Minister of Trade and Industry" stays one office. Invented
sentences through the real model.
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
    ("text", "wanted"),
    [
        (
            "PARTICIPANTS: Hon. Tavita Moengaro, Prime Minister of Samoa and Chair of the Pacific Forum; "
            "Hon. Rolo Takai, Prime Minister of Tonga.\n\nMODERATOR: Welcome.",
            {("Prime Minister", "state/WS"), ("Chair", "organization/pacific-forum")},
        ),
        (
            "The talks were opened by Tavita Moengaro, Minister of Finance of Samoa and Chair of the Board of "
            "Governors, on Monday.",
            {("Finance Minister", "state/WS"), ("Chair", "organization/board-of-governors")},
        ),
        (
            "The deal was signed in Apia by Tavita Moengaro, Deputy Prime Minister and Minister of Foreign "
            "Affairs of Tonga.",
            {("Deputy Prime Minister", "state/TO"), ("Foreign Minister", "state/TO")},
        ),
    ],
)
def test_positions_two_offices_joined_after_the_name(
    nlp: Language, text: str, wanted: set[tuple[str, str | None]]
) -> None:
    got = {(t, post) for h, t, post in _positions(nlp, text) if h == "person/tavita-moengaro"}
    assert got == wanted


def test_positions_joined_field_after_the_name_is_one_office(nlp: Language) -> None:
    text = "The deal was signed by Tevita Fifita, Minister of Trade and Industry, and Tavita Moengaro."
    assert {t for h, t, _ in _positions(nlp, text) if h == "person/tevita-fifita"} == {"Minister of Trade and Industry"}
