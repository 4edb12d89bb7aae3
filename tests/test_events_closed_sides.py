"""A closure of one side of a way across: "sealed its side of the frontier", "shut their side of the
X crossing". The side is the state's half of the crossing; closing it closes the crossing.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested. A side that is no way across ("closed its side of the deal") stays silent.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import entities_named
from spacy.language import Language

from kg.extract.events import find_events
from kg.model import Article, Event

#: A Tuesday.
PUB = date(2026, 6, 16)

NAMES = {
    "Nordavia": ("state/nordavia", "State"),
    "Ostaria": ("state/ostaria", "State"),
    "Tolmaz": ("checkpoint/tolmaz", "Checkpoint"),
}


def _closures(nlp: Language, text: str) -> list[Event]:
    text = "Nordavia, 16 June 2026 - " + text
    article = Article(id="t", text=text, source="test", published=PUB)
    events = find_events(nlp(text), article, entities_named(text, NAMES), ())
    return [e for e in events if e.type == "BorderClosure"]


@pytest.mark.parametrize(
    "text",
    [
        "Ostaria's customs service shut its side of the Tolmaz crossing at noon because of a strike.",
        "Ostaria sealed its side of the frontier with Nordavia on Friday.",
    ],
)
def test_a_side_of_a_way_across_closed_is_a_border_closure(nlp: Language, text: str) -> None:
    assert _closures(nlp, text)


def test_a_side_of_something_else_closed_is_no_closure(nlp: Language) -> None:
    assert not _closures(nlp, "Ostaria closed its side of the negotiations on Friday.")


def test_a_named_gate_closed_is_a_border_closure(nlp: Language) -> None:
    """ "Guards shut the Tolmaz Gate": a crossing named a gate, closed."""
    names = {**NAMES, "Tolmaz Gate": ("checkpoint/tolmaz-gate", "Checkpoint")}
    text = "Nordavia, 16 June 2026 - Guards shut the Tolmaz Gate on the border at dawn on Sunday."
    article = Article(id="t", text=text, source="test", published=PUB)
    events = find_events(nlp(text), article, entities_named(text, names), ())
    assert [e for e in events if e.type == "BorderClosure"]
