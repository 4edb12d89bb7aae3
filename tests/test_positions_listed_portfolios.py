"""An office whose portfolio lists its fields with commas before its holder: "the Minister of
Lands, Housing and Water, Dr. X,".

Invented sentences through the real model: the commas inside the portfolio do not end the office
phrase, the whole portfolio stays in the title, and a field the tagger reads as a body ("Coastal
Works") is no owner of the office.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "holder", "title"),
    [
        (
            "The Minister of Lands, Housing and Water, Dr. Tomas Eriksen Vaal, opened the talks in Estonia.",
            "person/tomas-eriksen-vaal",
            "Minister of Lands, Housing and Water",
        ),
        (
            "The Minister for Lands, Housing and Water, Dr. Tomas Eriksen Vaal, opened the talks in Estonia.",
            "person/tomas-eriksen-vaal",
            "Minister for Lands, Housing and Water",
        ),
        (
            "The Minister of Ports, Fisheries and Coastal Works, Hon. Selma Orrin-Kavu, opened the talks in Estonia.",
            "person/selma-orrin-kavu",
            "Minister of Ports, Fisheries and Coastal Works",
        ),
    ],
)
def test_positions_listed_portfolio_is_one_office(nlp: Language, text: str, holder: str, title: str) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    positions = find_positions(doc, article, find_entities(doc, article))
    held = {(p.title, p.post_in) for p in positions if p.holder == holder}
    assert (title, "state/EE") in held


@pytest.mark.parametrize(
    ("text", "holder", "state"),
    [
        (
            "The Minister of Lands, Housing and Water of Estonia, Dr. Tomas Eriksen Vaal, opened the talks.",
            "person/tomas-eriksen-vaal",
            "state/EE",
        ),
        (
            "The Minister of Mines, Energy and Water of the Republic of Togo, Mr. Kodjo Amegavi Lawson, arrived in "
            "Lima on Sunday for talks with his Peruvian counterpart.",
            "person/kodjo-amegavi-lawson",
            "state/TG",
        ),
    ],
)
def test_positions_listed_portfolio_then_its_state(nlp: Language, text: str, holder: str, state: str) -> None:
    """The state the listed portfolio is "of" follows the list: "... Housing and Water of Y, X"."""
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    positions = find_positions(doc, article, find_entities(doc, article))
    assert state in {p.post_in for p in positions if p.holder == holder}


@pytest.mark.parametrize(
    ("text", "holder", "title"),
    [
        (
            "Heading the Estonian side was Hon. Lucan Pellow-Quist, Minister of Roads, Ports and Shipping. He met "
            "the mayor.",
            "person/lucan-pellow-quist",
            "Minister of Roads, Ports and Shipping",
        ),
        (
            '"We will build the harbour," said Kestrel Ardmore, Minister for Fisheries, Forestry and Rural '
            "Affairs of Estonia, on Monday.",
            "person/kestrel-ardmore",
            "Minister for Fisheries, Forestry and Rural Affairs",
        ),
    ],
)
def test_positions_listed_portfolio_after_the_name(nlp: Language, text: str, holder: str, title: str) -> None:
    """Set off after the holder's name, the commas of the portfolio do not end the office either."""
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    positions = find_positions(doc, article, find_entities(doc, article))
    assert (title, "state/EE") in {(p.title, p.post_in) for p in positions if p.holder == holder}


@pytest.mark.parametrize(
    ("text", "field"),
    [
        (
            "The Minister for Internal Affairs, Justice and Public Order, Mr Kestrel Ardmore, opened the new "
            "harbour office in Estonia on Tuesday.",
            "Public Order",
        ),
        (
            "Estonia's Minister of Education, Science and Technology, Ms Dora Venn, said the school would open.",
            "Science and Technology",
        ),
        (
            "The council welcomed the decision by the Minister for Local Government, Housing and Public Works, "
            "Dora Venn, that a new school would open in May.",
            "Housing and Public Works",
        ),
        (
            "Hon. Lucan Pellow-Quist, Minister of Roads, Ports and Shipping, spoke for Estonia.",
            "Ports and Shipping",
        ),
    ],
)
def test_positions_listed_portfolio_tail_is_no_entity(nlp: Language, text: str, field: str) -> None:
    """The fields after a portfolio's comma are the office's, though the tagger reads the last ones
    as a body or a person ("..., Justice and Public Order")."""
    article = Article(id="t", text=text, source="test")
    assert field not in {e.name for e in find_entities(nlp(text), article)}


@pytest.mark.parametrize(
    "text",
    [
        "The old tale says that the King of Norway, Archer united the river towns into one realm.",
        "In the legend the Queen of Sweden, Archer opened the first bridge over the strait.",
    ],
)
def test_positions_a_name_after_an_office_comma_is_no_field(nlp: Language, text: str) -> None:
    """With no "and" to close a list, the name after the office's comma is the holder, no field."""
    article = Article(id="t", text=text, source="test")
    assert "Archer" in {e.name for e in find_entities(nlp(text), article) if e.type == "Person"}
