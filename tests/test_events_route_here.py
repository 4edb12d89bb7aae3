"""A reporter or official at a crossing calls it "here": a flow told with "here" goes through the
crossing named just before, as one told with "there" does. With no crossing named before, "here"
places nothing.

Every sentence here is invented for the test; entities are built by hand so that only event
reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

NAMES = {
    "Tarnland": ("state/TL", "State"),
    "Orsova": ("state/OV", "State"),
    "Kelmet": ("checkpoint/kelmet", "Checkpoint"),
}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "REPORTER: The Kelmet bridge joins Tarnland and Orsova. Guards say that about 420 people cross here "
            "on a quiet Tuesday.",
            420,
        ),
        (
            "CORRESPONDENT: I am standing at the Kelmet post. Officials tell me some 610 traders crossed here "
            "last week.",
            610,
        ),
    ],
)
def test_a_flow_told_here_goes_through_the_crossing_named_before(nlp: Language, text: str, count: int) -> None:
    (flow,) = [e for e in named_events(nlp, text, NAMES, date(2026, 6, 16)) if e.type == "BorderCrossing"]
    assert flow.count == count
    assert flow.via == ("checkpoint/kelmet",)


def test_here_with_no_crossing_before_places_nothing(nlp: Language) -> None:
    text = "CORRESPONDENT: Tarnland is quiet tonight. Officials tell me some 610 traders crossed here last week."
    assert all(not e.via for e in named_events(nlp, text, NAMES, date(2026, 6, 16)))
