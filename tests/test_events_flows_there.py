"""A flow told with "there" right after a crossing is named ("Lorries will keep using the X bridge.
On a normal weekday roughly 740 people cross there", "counted 1,630 entries a day there") goes
through that crossing;
an expletive "there were ..." and a "there" with no crossing named before stay as they were.

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
    "Vardenia": ("state/vardenia", "State"),
    "Orlavia": ("state/orlavia", "State"),
    "Kolvara": ("settlement/kolvara", "Settlement"),
    "Ulmark Bridge": ("checkpoint/ulmark-bridge", "Checkpoint"),
    "Brenna Gate": ("checkpoint/brenna-gate", "Checkpoint"),
}


def _flows(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, "QUELLIN, Vardenia, 10 June 2026 - " + text, NAMES, PUB)
    return [e for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("text", "way", "count"),
    [
        (
            "Lorries will keep using the Ulmark Bridge between Vardenia and Orlavia. "
            "On a normal weekday roughly 740 people cross there, customs officers said.",
            "checkpoint/ulmark-bridge",
            740,
        ),
        (
            "The Brenna Gate reopened to coaches on Friday. "
            "Customs counted roughly 1,630 entries a day there last week, mainly Orlavian shoppers.",
            "checkpoint/brenna-gate",
            1630,
        ),
        (
            "Both ministers toured the Brenna Gate on Tuesday; 52,000 lorry drivers crossed there during 2025, "
            "officials noted.",
            "checkpoint/brenna-gate",
            52000,
        ),
    ],
)
def test_a_flow_there_goes_through_the_crossing_just_named(nlp: Language, text: str, way: str, count: int) -> None:
    (flow,) = _flows(nlp, text)
    assert flow.via == (way,)
    assert flow.count == count


@pytest.mark.parametrize(
    "text",
    [
        "The Brenna Gate was closed on Monday. There were 300 arrivals in Kolvara last week.",
        "The Ulmark Bridge is closed. On Tuesday 400 people arrived in Kolvara, and some stayed there.",
    ],
)
def test_an_expletive_there_or_a_flow_placed_elsewhere_keeps_its_place(nlp: Language, text: str) -> None:
    (flow,) = _flows(nlp, text)
    assert flow.via == ()
    assert flow.destination == ("settlement/kolvara",)
