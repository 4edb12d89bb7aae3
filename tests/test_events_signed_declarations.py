"""A declaration signed or adopted by named sides is an act, as an agreement or a memorandum is:
"the two heads of government then signed a declaration of intent on customs work", "X and Y
signed a joint declaration on border security". A declaration no named side adopts names no event.

Every story here is invented for the test; each class is shown in two or more wordings, with a
near miss that must stay silent.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Thursday.
PUB = date(2023, 6, 15)

NAMES = {
    "Ilse Korvan": ("person/ilse-korvan", "Person"),
    "Teodor Almas": ("person/teodor-almas", "Person"),
    "Varnostad": ("settlement/varnostad", "Settlement"),
}
SIDES = {"person/ilse-korvan", "person/teodor-almas"}


def _declarations(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.label.startswith("Declaration")]


@pytest.mark.parametrize(
    "text",
    [
        "Ilse Korvan hosted Teodor Almas in Varnostad on Monday. The two heads of government then signed"
        " a declaration of intent on customs work.",
        "Ilse Korvan and Teodor Almas signed a joint declaration on border security in Varnostad on Monday.",
    ],
)
def test_a_declaration_signed_by_the_sides_is_an_act(nlp: Language, text: str) -> None:
    (declaration,) = _declarations(nlp, text)
    assert set(declaration.agent) == SIDES
    assert declaration.date == "2023-06-12"


def test_a_declaration_no_named_side_signs_stays_silent(nlp: Language) -> None:
    assert _declarations(nlp, "The ministers adopted a declaration on the border on Monday.") == []
