"""Reservists "recalled" are called up: "by decree, the X orders the recall of 640 reservists to
its units", "the ministry recalled 450 reservists to their units". A recall of anything else (an
ambassador, a product) is no mobilization.

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
    "Corrund": ("state/corrund", "State"),
    "Pellavar": ("state/pellavar", "State"),
    "Council of Ministers": ("agency/council-of-ministers-corrund", "Agency"),
    "Defence Ministry": ("agency/defence-ministry-corrund", "Agency"),
    "Ardwyn Guard": ("agency/ardwyn-guard", "Agency"),
}


def _call_ups(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, "TESSIN, Corrund, 10 June 2026 - " + text, NAMES, PUB)
    return [e for e in events if e.type == "Mobilization"]


@pytest.mark.parametrize(
    ("text", "agent", "count"),
    [
        (
            "By decree, the Ardwyn Guard orders the recall of 640 reservists to its units.",
            "agency/ardwyn-guard",
            640,
        ),
        (
            "The Defence Ministry recalled 450 reservists to their units on Monday.",
            "agency/defence-ministry-corrund",
            450,
        ),
        ("Some 450 reservists were recalled to their units on Monday.", None, 450),
    ],
)
def test_reservists_recalled_are_a_call_up(nlp: Language, text: str, agent: str | None, count: int) -> None:
    (call_up,) = _call_ups(nlp, text)
    assert agent is None or agent in call_up.agent
    assert call_up.count == count


@pytest.mark.parametrize(
    "text",
    [
        "The Defence Ministry recalled its ambassador from Pellavar on Monday.",
        "The Defence Ministry recalled 450 faulty radios from its units.",
    ],
)
def test_a_recall_of_anyone_else_is_no_call_up(nlp: Language, text: str) -> None:
    assert _call_ups(nlp, text) == []
