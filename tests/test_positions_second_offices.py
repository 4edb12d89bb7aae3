"""Two offices of one minister: a portfolio whose last field the tagger read as a body, and a
second office a relative clause states with "also".

- "The Minister of Foreign Affairs and International Cooperation, X," holds the whole portfolio
  in the state, never in a body "International Cooperation".
- "Minister X, who also serves as Y's Chief Negotiator" holds both offices; without "also" the
  clause after a title tells what the holder does in that office, no second office.

Every name here is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article, Position


def _positions(nlp: Language, text: str) -> tuple[Position, ...]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    return find_positions(doc, article, find_entities(doc, article))


@pytest.mark.parametrize(
    ("text", "holder", "title"),
    [
        (
            "Estonia's Minister of Foreign Affairs and International Cooperation, Tavo Ruskin, asked the "
            "embassy to post a list of licensed agencies.",
            "person/tavo-ruskin",
            "Minister of Foreign Affairs and International Cooperation",
        ),
        (
            "The Minister of Foreign Affairs and International Trade, Rein Kalvet, met the Latvian ambassador in "
            "Tallinn.",
            "person/rein-kalvet",
            "Minister of Foreign Affairs and International Trade",
        ),
    ],
)
def test_last_field_of_a_portfolio_is_no_body(nlp: Language, text: str, holder: str, title: str) -> None:
    held = {(p.holder, p.title) for p in _positions(nlp, text)}
    assert (holder, title) in held
    assert not [p for p in _positions(nlp, text) if p.post_in and p.post_in.startswith("organization/")]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Minister Tavo Ruskin, who also serves as Estonia's Chief Negotiator with the European Union, said "
            "the talks would resume.",
            "Chief Negotiator",
        ),
        (
            "Governor Rein Kalvet, who is also the chairman of the Baltic Ports Council, opened the terminal.",
            "Chairman",
        ),
    ],
)
def test_also_in_a_relative_clause_states_a_second_office(nlp: Language, text: str, second: str) -> None:
    titles = {p.title for p in _positions(nlp, text)}
    assert second in {t.split(" of ")[0] for t in titles}
    assert len(titles) == 2


def test_clause_without_also_after_a_title_is_no_second_office(nlp: Language) -> None:
    text = "Minister Tavo Ruskin, who serves as Estonia's Chief Negotiator with the European Union, spoke."
    assert {p.title for p in _positions(nlp, text)} == {"Minister"}
