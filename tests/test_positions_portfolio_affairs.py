"""A ministry's second portfolio closed by a domain noun, and an office right after its name.

Invented sentences through the real model: "the Ministry of X and Y Affairs" keeps its whole name
("Affairs" is a title word, yet it ends a portfolio, not a title), and in "Ministry of X and Y
Affairs Spokesperson Jo Roe" the office is "Spokesperson", held in that ministry.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities, link_mentions
from kg.extract.positions import find_positions
from kg.model import Article


def _positions(nlp: Language, text: str) -> set[tuple[str, str, str | None]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    return {(p.holder, p.title, p.post_in) for p in find_positions(doc, article, find_entities(doc, article))}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Ministry of Labour and Social Affairs said the plant would reopen.",
            "Ministry of Labour and Social Affairs",
        ),
        ("The Ministry of Labour and Home Affairs said the plant would reopen.", "Ministry of Labour and Home Affairs"),
        (
            "The Ministry of Culture and Religious Affairs said the shrine would reopen.",
            "Ministry of Culture and Religious Affairs",
        ),
    ],
)
def test_portfolio_affairs_body_keeps_domain_noun(nlp: Language, text: str, body: str) -> None:
    assert body in {lk.text for lk in link_mentions(nlp(text)) if lk.type == "Agency"}


@pytest.mark.parametrize(
    ("text", "holder", "body"),
    [
        (
            "Ministry of Trade and Industry Affairs Spokesperson Obadiah Kanyenze told reporters the border was open.",
            "person/obadiah-kanyenze",
            "agency/trade-ministry",
        ),
        (
            "Ministry of Culture and Religious Affairs Spokesperson Peter Mwangala said the shrine would reopen.",
            "person/peter-mwangala",
            "agency/culture-ministry",
        ),
    ],
)
def test_portfolio_affairs_office_after_body(nlp: Language, text: str, holder: str, body: str) -> None:
    assert {(t, b) for h, t, b in _positions(nlp, text) if h == holder} == {("Spokesperson", body)}
