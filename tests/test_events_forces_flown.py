"""Troops, police officers or a unit flown, airlifted or rushed somewhere are sent there: a
deployment with its count, not people crossing a border; civilians flown out stay a flight.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Thursday.
PUB = date(2026, 4, 16)

NAMES = {
    "Nordavia": ("state/nordavia", "State"),
    "Tolmaz": ("settlement/tolmaz", "Settlement"),
    "Ostaria": ("state/ostaria", "State"),
}


def _events(nlp: Language, text: str) -> list[Event]:
    text = "Nordavia, 16 April 2026 - " + text
    return list(named_events(nlp, text, NAMES, PUB))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Ninety additional soldiers were flown to Tolmaz on Wednesday after the clashes.", 90),
        ("The air force airlifted 240 police officers to Tolmaz overnight.", 240),
        ("The government rushed 350 troops to Tolmaz on Tuesday.", 350),
    ],
)
def test_forces_flown_somewhere_are_a_deployment(nlp: Language, text: str, count: int) -> None:
    events = _events(nlp, text)
    assert not [e for e in events if e.type == "BorderCrossing"]
    assert [e for e in events if e.type == "Event" and e.count == count]


def test_civilians_flown_out_stay_a_flight(nlp: Language) -> None:
    events = _events(nlp, "Some 130 Ostarian nationals were airlifted to Ostaria from Tolmaz on Monday.")
    assert [e for e in events if e.type == "BorderCrossing" and e.count == 130]
