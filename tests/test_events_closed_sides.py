"""A closure of a part of a way across ("shut their side of the X crossing", "closed a stretch of
the border with Y", "sealed its side of the frontier") is a closure of that way; a side of
something else ("closed its side of the deal") is none. A crossing named a gate, shut, is closed.

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
PUB = date(2026, 7, 8)

NAMES = {
    "Ostrelia": ("state/ostrelia", "State"),
    "Quellmark": ("state/quellmark", "State"),
    "Brenholt crossing": ("checkpoint/brenholt", "Checkpoint"),
    "Tolmaz Gate": ("checkpoint/tolmaz-gate", "Checkpoint"),
}


def _closures(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderClosure"]


@pytest.mark.parametrize(
    "text",
    [
        "The authorities of Ostrelia shut their side of the Brenholt crossing on Monday, after a row over fees.",
        "Ostrelia closed its side of the Brenholt crossing on Monday.",
        "Ostrelia's customs service shut its side of the Brenholt crossing on Monday because of a strike.",
    ],
)
def test_a_side_of_a_crossing_closed_is_the_crossing_closed(nlp: Language, text: str) -> None:
    (closure,) = _closures(nlp, text)
    assert closure.target == ("checkpoint/brenholt",)
    assert closure.start_date == "2026-07-06"


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday Quellmark shut its own side of the frontier with Ostrelia.",
        "Quellmark sealed a long stretch of the border with Ostrelia on Monday.",
        "Quellmark sealed its side of the frontier with Ostrelia on Monday.",
    ],
)
def test_a_part_of_a_border_closed_is_a_border_closure(nlp: Language, text: str) -> None:
    (closure,) = _closures(nlp, text)
    assert closure.agent == ("state/quellmark",)
    assert closure.place == ("state/ostrelia",)


def test_a_side_of_something_else_is_no_closure(nlp: Language) -> None:
    assert _closures(nlp, "Ostrelia closed its side of the negotiations with Quellmark on Monday.") == []


def test_a_named_gate_closed_is_a_border_closure(nlp: Language) -> None:
    """ "Guards shut the Tolmaz Gate": a crossing named a gate, closed."""
    text = "Quellmark, 8 July 2026 - Guards shut the Tolmaz Gate on the border at dawn on Sunday."
    assert _closures(nlp, text)
