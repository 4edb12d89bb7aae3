"""Road traffic counted by the vehicle is a flow across the border, as a head count is: "some 900
lorries crossed into X every day", "more than 2,140 trucks have passed through the Y checkpoint",
"each day roughly 4,370 cars use the Y crossing". Vehicles that wait, are stranded or are seized near a border
cross nothing.

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
    "Dunfell checkpoint": ("checkpoint/dunfell", "Checkpoint"),
    "Dunfell crossing": ("checkpoint/dunfell", "Checkpoint"),
}


def _crossings(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, "DUNFELL, Morvania, 10 June 2026 - " + text, NAMES, PUB)
    return [e for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("text", "count", "unit", "where"),
    [
        ("Some 880 lorries crossed into Belvaria every day last July.", 880, "day", ("state/belvaria",)),
        (
            "More than 2,140 trucks have passed through the Dunfell checkpoint since May.",
            2140,
            None,
            ("checkpoint/dunfell",),
        ),
        (
            "Each day roughly 4,370 cars use the Dunfell crossing to reach Belvaria.",
            4370,
            "day",
            ("checkpoint/dunfell",),
        ),
    ],
)
def test_counted_vehicles_that_cross_are_a_flow(
    nlp: Language, text: str, count: int, unit: str | None, where: tuple[str, ...]
) -> None:
    (flow,) = _crossings(nlp, text)
    assert flow.count == count
    assert flow.per_time_unit == unit
    assert flow.destination == where


@pytest.mark.parametrize(
    "text",
    [
        "More than 300 lorries were waiting to cross at Dunfell on Monday.",
        "About 300 trucks were stranded at Dunfell after the closure.",
        "The Morvanian Police seized 12 cars at Dunfell in May.",
    ],
)
def test_vehicles_that_do_not_cross_are_no_flow(nlp: Language, text: str) -> None:
    assert _crossings(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Officials said 3,815 lorries and about 16,500 travellers crossed into Belvaria on Sunday.",
        "About 16,500 travellers and 3,815 vans crossed into Belvaria over the weekend.",
    ],
)
def test_vehicles_beside_counted_people_leave_the_people_as_the_figure(nlp: Language, text: str) -> None:
    assert [e.count for e in _crossings(nlp, text)] == [16500]
