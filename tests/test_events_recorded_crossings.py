"""Crossings counted as a noun by whoever keeps the tally ("the police recorded 4,210 crossings
into Y from X", "the police logged 7,260 crossings at Z in May") are a flow: the verb of keeping the
tally carries where the crossings went and when, as a verb of handling them does ("processed
3.1 million crossings at X").

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
    "Morvania": ("state/morvania", "State"),
    "Belvaria": ("state/belvaria", "State"),
    "Morvanian Police": ("agency/morvanian-police", "Agency"),
    "Dunfell": ("settlement/dunfell", "Settlement"),
}


def _crossings(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, "DUNFELL, Morvania, 10 June 2026 - " + text, NAMES, PUB)
    return [e for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("text", "count", "origin", "destination", "start"),
    [
        (
            "The Morvanian Police recorded 4,210 crossings into Belvaria from Morvania in March.",
            4210,
            ("state/morvania",),
            ("state/belvaria",),
            "2026-03-01",
        ),
        (
            "In May the Morvanian Police logged 7,260 crossings at Dunfell.",
            7260,
            (),
            ("settlement/dunfell",),
            "2026-05-01",
        ),
        ("We counted 1,170 crossings into Belvaria in April.", 1170, (), ("state/belvaria",), "2026-04-01"),
    ],
)
def test_crossings_in_a_tally_are_a_flow(
    nlp: Language, text: str, count: int, origin: tuple[str, ...], destination: tuple[str, ...], start: str
) -> None:
    (flow,) = _crossings(nlp, text)
    assert flow.count == count
    assert flow.origin == origin
    assert flow.destination == destination
    assert flow.start_date == start
