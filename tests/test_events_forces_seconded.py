"""Officers seconded or troops moved somewhere are sent there: a deployment with its count.

"seconded thirty officers to X", "150 troops ... have been moved to X
County", and units counted as wings ("two wings of the X Corps were deployed to X"). Every story
here is invented for the test; entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Thursday.
PUB = date(2026, 4, 16)

NAMES = {
    "Nordavia": ("state/nordavia", "State"),
    "Tolmaz": ("settlement/tolmaz", "Settlement"),
    "Varde Province": ("region/varde-province", "Region"),
}


def _events(nlp: Language, text: str) -> list[Event]:
    text = "Nordavia, 16 April 2026 - " + text
    return list(named_events(nlp, text, NAMES, PUB))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The coast guard seconded thirty officers to Tolmaz in March.", 30),
        ("About 170 troops of the garrison have been moved to Varde Province.", 170),
        ("The army moved 260 soldiers to Tolmaz on Tuesday after the attack.", 260),
    ],
)
def test_forces_seconded_or_moved_are_a_deployment(nlp: Language, text: str, count: int) -> None:
    events = _events(nlp, text)
    assert not [e for e in events if e.type == "BorderCrossing"]
    assert [e for e in events if e.type == "Event" and e.count == count]


def test_residents_moved_are_no_deployment(nlp: Language) -> None:
    """Moving people who are not a force is no deployment."""
    events = _events(nlp, "Officials moved 400 residents to Tolmaz after the floods.")
    assert not [e for e in events if e.type == "Event" and e.count == 400 and "Deployment" in e.label]
