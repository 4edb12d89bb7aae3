"""A change stated as a fraction of the earlier figure is a percentage change: "roughly a third more
than a year ago" (+33.3), "fell by a quarter" (-25), "a fifth fewer than in January" (-20), "up by
almost half" (+50). A fraction that is a share of people ("a third of them") is no change.

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
        ("the tally was about a third more than last year", 33.3),
        ("returns came in a fifth fewer than in 2019", -20.0),
        ("traffic at the ferry port fell by almost half", -50.0),
        ("applications rose by a quarter on the month before", 25.0),
        ("visits are up by one tenth", 10.0),
        ("queues were a quarter lower than at Easter", -25.0),
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
            "Officials say about 700 people a day have crossed into Norland from Tarnia since the start of "
            "March, roughly a third more than a year ago.",
            700,
            33.3,
        ),
        ("Arrivals in Norland from Tarnia fell by a quarter last week to 2,400.", 2400, -25.0),
        ("Some 5,600 people entered Norland from Tarnia in February, a fifth fewer than in January.", 5600, -20.0),
    ],
)
def test_a_flow_takes_a_change_stated_as_a_fraction(nlp: Language, text: str, count: int, percent: float) -> None:
    flow = next(e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing" and e.count == count)
    assert flow.change_percent == percent
