"""A closure told by its noun: "the blocking of the border crossing at X", "the closure of the
crossing points near X" (the way across named by a compound, "crossing points", as well as by its
head). Each is a border closure placed where the crossing is.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested. A noun of closing that shuts no way across stays silent.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Tuesday.
PUB = date(2023, 6, 13)

NAMES = {
    "Nordavia": ("state/nordavia", "State"),
    "Tolmaz": ("settlement/tolmaz", "Settlement"),
}


def _closures(nlp: Language, text: str) -> list[Event]:
    text = "Nordavia, 13 June 2023 - " + text
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderClosure"]


@pytest.mark.parametrize(
    "text",
    [
        "The statement condemned the blocking of the border crossing at Tolmaz on Sunday.",
        "Traders protested on Sunday against the blocking of the crossing at Tolmaz.",
        "The Interior Ministry announced the closure of the crossing points near Tolmaz on Sunday.",
        "The closure of the border crossing points at Tolmaz on Sunday left lorries stranded.",
    ],
)
def test_a_closure_told_by_its_noun_is_a_border_closure(nlp: Language, text: str) -> None:
    (closure,) = _closures(nlp, text)
    assert "settlement/tolmaz" in closure.place + closure.target


@pytest.mark.parametrize(
    "text",
    [
        "The statement condemned the blocking of the bank accounts of traders in Tolmaz on Sunday.",
        "The closure of the meeting points near Tolmaz on Sunday angered residents.",
    ],
)
def test_closing_nouns_of_no_way_across_stay_silent(nlp: Language, text: str) -> None:
    assert not _closures(nlp, text)
