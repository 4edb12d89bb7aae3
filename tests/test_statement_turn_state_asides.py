"""A turn label that names its speaker after the office keeps that name: the aside is the side
the speaker speaks for. "PRIME MINISTER JO ROE (New Tarnia):" is Jo Roe's turn, not a person
"New Tarnia"'s; "The Minister for Water (Jo Roe):" still names Jo Roe by the aside. Every name here
is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article

_TEXT = (
    "MODERATOR (Mr. Tomas Vell, Secretary of State): Each leader will speak briefly.\n\n"
    "PRIME MINISTER ANSELM DRAYKE ({a}): We signed an accord on a ferry link for tourists.\n\n"
    "PRIME MINISTER TOBIAH WRENFIELD ({b}): We will provide funds to help build the road to the border.\n\n"
    "MODERATOR: First question, please.\n"
)


@pytest.mark.parametrize(("a", "b"), [("New Tarnia", "San Marino"), ("Lower Norland", "Upper Norland")])
def test_statements_turn_label_names_the_speaker_before_a_state_aside(nlp: Language, a: str, b: str) -> None:
    text = _TEXT.format(a=a, b=b)
    article = Article(id="t", text=text, source="test", published=date(2026, 5, 4))
    said = {(s.speaker, s.quote[:12]) for s in extract(nlp(text), article).statements}
    assert ("person/anselm-drayke", "We signed an") in said
    assert ("person/tobiah-wrenfield", "We will prov") in said


def test_statements_office_label_still_takes_the_holder_from_its_aside(nlp: Language) -> None:
    text = (
        "The Minister for Water (Jo Pellinen-Vrba): The new dam will open in May.\n\n"
        "The Speaker: Order. Next question.\n\n"
        "The Minister for Water (Jo Pellinen-Vrba): The dam is on schedule.\n"
    )
    article = Article(id="t", text=text, source="test", published=date(2026, 5, 4))
    speakers = {s.speaker for s in extract(nlp(text), article).statements}
    assert "person/jo-pellinen-vrba" in speakers
