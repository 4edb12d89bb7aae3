"""People refused entry were refused at the border of the state they meant to enter: the refusal
(an attempted crossing) takes place there, whoever the text says refused them, or no one; so does
a stop of people trying to enter. A crossing made has no place of its own.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Wednesday.
PUB = date(2026, 6, 10)

NAMES = {
    "Varnolia": ("state/varnolia", "State"),
    "Ostmark": ("state/ostmark", "State"),
}


def _crossings(nlp: Language, text: str) -> list[Event]:
    return [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    "text",
    [
        "In May the border guards refused entry into Varnolia to 615 people arriving from Ostmark.",
        "In May, 615 travellers were denied entry into Varnolia for lacking valid visas.",
    ],
)
def test_a_refusal_of_entry_takes_place_at_the_refusing_side(nlp: Language, text: str) -> None:
    (refusal,) = _crossings(nlp, text)
    assert refusal.count == 615
    assert refusal.destination == ("state/varnolia",)
    assert refusal.place == ("state/varnolia",)


def test_people_stopped_trying_to_enter_were_stopped_there_too(nlp: Language) -> None:
    text = "In May the border guards stopped 615 people trying to enter Varnolia from Ostmark."
    (attempt,) = _crossings(nlp, text)
    assert attempt.place == ("state/varnolia",)


def test_a_crossing_made_keeps_no_place(nlp: Language) -> None:
    (crossing,) = _crossings(nlp, "In May, 615 people entered Varnolia from Ostmark.")
    assert crossing.place == ()
