"""A state that "received" foreign citizens counted by their nationality took in a flow: "X has
received more than 46,000 Y citizens through the Z land port", "received 4,600 citizens of Y".
Citizens received with no nationality are as often an audience ("the mayor received 40 citizens in
his office") and stay silent.

Every story here is invented; entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Tuesday.
PUB = date(2026, 6, 2)
NAMES = {
    "Dravonia": ("state/dravonia", "State"),
    "Velmoria": ("state/velmoria", "State"),
    "Velmorian": ("state/velmoria", "Demonym"),
    "Dastin": ("checkpoint/dastin", "Checkpoint"),
}


def _crossings(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Dravonia has received more than 46,000 Velmorian citizens through the Dastin land port since May.", 46000),
        ("Dravonia received 4,600 citizens of Velmoria in May, the ministry said.", 4600),
        ("The minister said that Dravonia had received 1,250 Velmorian nationals in April.", 1250),
    ],
)
def test_received_nationals_are_arrivals(nlp: Language, text: str, count: int) -> None:
    found = _crossings(nlp, text)
    assert [(e.destination, e.count) for e in found] == [(("state/dravonia",), count)]


def test_received_citizens_without_a_nationality_are_no_flow(nlp: Language) -> None:
    assert _crossings(nlp, "The mayor of Dravonia received 40 citizens in his office on Monday.") == []
