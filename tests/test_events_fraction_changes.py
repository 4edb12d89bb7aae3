"""A change stated as a fraction of the earlier figure is a percentage change: "a third up on the
year before" is no such phrase, but "roughly a third higher" (+33.3), "dropped by a quarter" (-25),
"one fifth lower" (-20) and "grew by almost half" (+50) are. A fraction that is a share of people
("a third of them") is no change.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.extract.quantities import find_changes

PUB = date(2026, 3, 12)

NAMES = {"Norland": ("state/norland", "State"), "Tarnia": ("state/tarnia", "State")}


@pytest.mark.parametrize(
    ("text", "percent"),
    [
        ("ferry bookings ran roughly a third higher", 33.3),
        ("returns, one fifth lower, disappointed the ministry", -20.0),
        ("lorry traffic on the causeway grew by almost half", 50.0),
        ("permit requests dropped by a quarter over the winter", -25.0),
        ("visits are up by one tenth", 10.0),
        ("queues, about a quarter fewer, moved faster", -25.0),
    ],
)
def test_a_fraction_states_a_change(text: str, percent: float) -> None:
    assert [c.percent for c in find_changes(text)] == [percent]


@pytest.mark.parametrize("text", ["a third of them were minors", "it rose by a third of the usual amount"])
def test_a_share_is_no_change(text: str) -> None:
    assert find_changes(text) == []


@pytest.mark.parametrize(
    ("text", "count", "percent"),
    [
        (
            "Close to 683 people a day have been coming into Norland from Tarnia since early March, roughly a "
            "third higher than a year ago, aid workers say.",
            683,
            33.3,
        ),
        ("Arrivals in Norland from Tarnia dropped by a quarter last week to 2,685.", 2685, -25.0),
        ("Some 6,470 people entered Norland from Tarnia in February, one fifth lower than in January.", 6470, -20.0),
    ],
)
def test_a_flow_takes_a_change_stated_as_a_fraction(nlp: Language, text: str, count: int, percent: float) -> None:
    flow = next(e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing" and e.count == count)
    assert flow.change_percent == percent
