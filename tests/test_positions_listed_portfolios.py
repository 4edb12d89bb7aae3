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
            "At the invitation of the Minister of Foreign Affairs of Peru, Mrs. Ana Quiroga Lenz, the Minister of "
            "Foreign Affairs, Regional Integration and Trade of the Republic of Togo, Mr. Kodjo Amegavi Lawson, "
            "paid a working visit to the capital.",
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
