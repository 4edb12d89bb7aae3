"""Border statistics that count "illegal stays": people found in a country without the right to be
there, counted like irregular crossings into it ("recorded 4,310 illegal stays in X in March"). A
stay with no such modifier ("2,100 short stays") is a visit count and no flow.

Every story here is invented; entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2026, 7, 9)
NAMES = {"Tarnovia": ("state/tarnovia", "State")}


def _flows(nlp: Language, text: str) -> list[tuple[int | None, tuple[str, ...], str | None]]:
    events = named_events(nlp, text, NAMES, PUB)
    return [(e.count, e.destination, e.date) for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("text", "count", "month"),
    [
        ("In March the border agency of Tarnovia recorded 4,310 illegal stays at its eastern border.", 4310, "2026-03"),
        ("Police registered 2,100 irregular stays in Tarnovia in April.", 2100, "2026-04"),
    ],
)
def test_illegal_stays_are_irregular_crossings(nlp: Language, text: str, count: int, month: str) -> None:
    assert _flows(nlp, text) == [(count, ("state/tarnovia",), month)]


def test_stays_of_visitors_are_no_flow(nlp: Language) -> None:
    assert not _flows(nlp, "Tourists made 2,100 short stays in Tarnovia in April.")
