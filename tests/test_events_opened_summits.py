"""A summit opened, begun or held in a named place is a meeting even when no participant is named:
"the heads of government began their summit in X", "leaders opened a two-day summit in Y".

Every story here is invented for the test, in two or more wordings, with a near miss that must
stay silent. Entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Thursday.
PUB = date(2023, 6, 15)
NAMES = {"Tarvosia": ("state/tarvosia", "State"), "Port Alder": ("settlement/port-alder", "Settlement")}


def _meetings(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.label.startswith("Meeting")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The heads of government began their three-day summit in Port Alder on Wednesday.", "settlement/port-alder"),
        ("Leaders from across the region opened an emergency summit in Tarvosia on Monday.", "state/tarvosia"),
    ],
)
def test_events_opened_summits_are_meetings_where_they_open(nlp: Language, text: str, place: str) -> None:
    (ev,) = _meetings(nlp, text)
    assert place in ev.place


@pytest.mark.parametrize(
    "text",
    [
        "Officials were preparing for a summit in Tarvosia.",
        "The heads of government began their talks about a summit.",
    ],
)
def test_events_opened_summits_a_summit_only_named_is_no_meeting(nlp: Language, text: str) -> None:
    assert _meetings(nlp, text) == []
