"""A closure announced in a clause set against another said one ("The minister stressed that the X
post would remain open, while the Y post will be closed from 8 to 10 June"): the "would" of the
first clause is reported speech, not a doubt on the closure; "stressed" and "emphasised" are verbs
of saying.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

PUB = date(2026, 6, 2)

NAMES = {
    "Varnolia": ("state/varnolia", "State"),
    "Dunmore": ("checkpoint/dunmore", "Checkpoint"),
    "Ostrova": ("checkpoint/ostrova", "Checkpoint"),
}


def _closures(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderClosure"]


@pytest.mark.parametrize(
    "text",
    [
        "The Minister stressed that the Ostrova land port, north of the city, would stay open day and night, "
        "while the Dunmore land port will be closed from 21 to 23 June for resurfacing.",
        "The spokesperson emphasised that the Ostrova crossing would stay open, whereas the Dunmore crossing will "
        "be shut from 21 to 23 June.",
    ],
)
def test_contrasted_closures_are_announced(nlp: Language, text: str) -> None:
    (closure,) = _closures(nlp, text)
    assert closure.target == ("checkpoint/dunmore",)
    assert (closure.start_date, closure.end_date) == ("2026-06-21", "2026-06-23")


def test_contrasted_closures_a_condition_still_doubts(nlp: Language) -> None:
    text = (
        "The Minister stressed that the Ostrova crossing would remain open, while the Dunmore crossing could be "
        "closed if the storm worsens."
    )
    assert _closures(nlp, text) == []
