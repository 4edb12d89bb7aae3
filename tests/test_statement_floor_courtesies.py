"""A chair's or guest's turn that only greets, hands over the floor or carries a transcriber's note
beside its thanks is no statement.

Every sentence here is invented; each class is shown in two or more wordings, built with the real
model through :func:`kg.extract.extract`, so entity finding, transcript turns and statements meet.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article

PUBLISHED = date(2025, 11, 4)


def _quotes(nlp: Language, text: str) -> list[str]:
    return [s.quote for s in extract(nlp(text), Article("t", text, "test", published=PUBLISHED)).statements]


def _hearing(chair: str) -> str:
    return (
        "Committee on Ports and Harbours\nHearing on the winter ferry timetable\n\n"
        "GRETA VALE (Chair): Good afternoon, members.\n\n"
        "OSKAR BRANDT (Harbour Master): The northern ramp will close for repairs from 3 December, "
        "and lorries will use the southern quay.\n\n"
        f"GRETA VALE (Chair): {chair}\n\n"
        "ANSEL HALLIN: The southern quay cannot take more than forty lorries a night.\n"
    )


@pytest.mark.parametrize(
    "chair",
    [
        "Thank you. Member Hallin has the floor.",
        "Thank you, Harbour Master. The floor is yours, Mr Hallin.",
        "The floor now goes to Ansel Hallin.",
    ],
)
def test_statement_floor_courtesies_floor_given_is_no_statement(nlp: Language, chair: str) -> None:
    quotes = _quotes(nlp, _hearing(chair))
    assert chair not in quotes
    assert any(q.startswith("The southern quay cannot take") for q in quotes)


def _interview(greeting: str) -> str:
    return (
        "Morning Line, Radio Westmere\n\n"
        "HOST (Lina Sorell): Good morning. With me is the harbour master, Oskar Brandt.\n\n"
        f"OSKAR BRANDT: {greeting}\n\n"
        "LINA SORELL: Will the ferry run on Sunday?\n\n"
        "OSKAR BRANDT: It will run twice on Sunday, at eight and at five.\n"
    )


@pytest.mark.parametrize(
    "greeting",
    [
        "Good morning, Lina. Hello to everyone listening.",
        "Thanks, everyone. [crosstalk] Thank you.",
        "Hello, Lina, and good morning to all listening at home.",
    ],
)
def test_statement_floor_courtesies_greeting_is_no_statement(nlp: Language, greeting: str) -> None:
    quotes = _quotes(nlp, _interview(greeting))
    assert greeting not in quotes
    assert any(q.startswith("It will run twice on Sunday") for q in quotes)
