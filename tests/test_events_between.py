"""A flow counted "between" two named places with no direction is a two-way flow: both sides are its
destinations and its label says "Crossings between X and Y". Days between two dates are no sides, and
a flow with a stated end keeps it.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

PUB = date(2026, 6, 10)

NAMES = {
    "Norvalia": ("state/norvalia", "State"),
    "Tarnia": ("state/tarnia", "State"),
    "Ostrel": ("checkpoint/ostrel", "Checkpoint"),
}


def _flows(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Officials estimate that about 12,750 crossings a year take place between Norvalia and Tarnia.", 12750),
        ("Last year 81,400 travellers crossed between Norvalia and Tarnia through the Ostrel post.", 81400),
    ],
)
def test_a_flow_between_two_sides_ends_in_both(nlp: Language, text: str, count: int) -> None:
    (flow,) = _flows(nlp, text)
    assert (flow.count, flow.destination, flow.origin) == (count, ("state/norvalia", "state/tarnia"), ())
    assert flow.label == "Crossings between Norvalia and Tarnia"


@pytest.mark.parametrize(
    "text",
    [
        "About 5,150 people crossed the border between 2 and 9 May into Norvalia.",
        "Last year 81,400 travellers crossed from Tarnia into Norvalia through the Ostrel post.",
    ],
)
def test_days_between_dates_and_a_stated_end_make_no_two_way_flow(nlp: Language, text: str) -> None:
    assert all(e.destination == ("state/norvalia",) for e in _flows(nlp, text))
