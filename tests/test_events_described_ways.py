"""Closures of a way across the text names once and then describes: "the bridge is shut
since ..." after the bridge's name, and a "which" clause that follows the way across and the places
locating it ("the X Bridge, the busiest link between A, in the hills of B, and C, which was shut
..."), whichever noun the parser hangs the clause on.

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
    "Brevania": ("state/brevania", "State"),
    "Ostrelia": ("state/ostrelia", "State"),
    "Halvik Bridge": ("checkpoint/halvik-bridge", "Checkpoint"),
    "Pellan": ("settlement/pellan", "Settlement"),
    "Daskor": ("settlement/daskor", "Settlement"),
    "Lindrow": ("region/lindrow", "Region"),
}


def _closures(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderClosure"]


@pytest.mark.parametrize(
    "text",
    [
        "The two presidents spoke about the Halvik Bridge between Brevania and Ostrelia. "
        "Since Friday, 5 June, the bridge has stayed shut for lorries, after a protest by drivers.",
        "Ministers from Brevania and Ostrelia discussed traffic on the Halvik Bridge on Tuesday. "
        "This bridge was shut on Friday, 5 June, when part of the deck gave way.",
    ],
)
def test_the_bridge_after_its_name_is_the_named_crossing(nlp: Language, text: str) -> None:
    (closure,) = _closures(nlp, text)
    assert "checkpoint/halvik-bridge" in closure.target
    assert closure.start_date == "2026-06-05"


def test_all_the_crossings_are_no_one_named_crossing(nlp: Language) -> None:
    text = (
        "Traders queued at the Halvik Bridge on Monday. "
        "On Tuesday Brevania shut the border crossings with Ostrelia for a week."
    )
    assert all("checkpoint/halvik-bridge" not in c.target for c in _closures(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Officials inspected the Halvik Bridge, the busiest link between Pellan, in the hills of Lindrow, "
        "and Daskor, on the Ostrelian side of the valley of Vell, which was shut for repairs on Friday.",
        "Both governments discussed the Halvik Bridge, the only crossing between Pellan, in Lindrow, and Daskor, "
        "in the northern county of Vell, which was shut to traffic last week.",
    ],
)
def test_a_which_clause_after_a_way_and_its_places_closes_the_way(nlp: Language, text: str) -> None:
    (closure,) = _closures(nlp, text)
    assert "checkpoint/halvik-bridge" in closure.target


def test_a_which_clause_after_another_verb_is_no_closure_of_the_way(nlp: Language) -> None:
    text = (
        "Drivers crossed the Halvik Bridge to reach the market of Daskor, in the district of Vell, "
        "which was closed for the holiday."
    )
    assert _closures(nlp, text) == []
