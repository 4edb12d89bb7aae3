"""People counted through a border by a noun of checking ("carried out checks on 84,000 passengers
at the border crossings of X") are a flow into X, as "checked 84,000 passengers at the border" is;
checks that count no people, or people checked away from a way across, are no flow.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

PUB = date(2031, 3, 10)

NAMES = {
    "Veltrania": ("state/veltrania", "State"),
    "Tolmaz": ("checkpoint/tolmaz", "Checkpoint"),
}


def _crossings(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Last week, officers of the border guard carried out checks on 1,402,300 passengers and 280,100 "
            "vehicles at the border crossings of Veltrania.",
            1402300,
        ),
        ("Officers conducted checks on 4,230 travellers at the Tolmaz crossing point on Monday.", 4230),
    ],
)
def test_checks_on_counted_people_at_a_crossing_are_a_flow(nlp: Language, text: str, count: int) -> None:
    assert [e.count for e in _crossings(nlp, text)] == [count]


@pytest.mark.parametrize(
    "text",
    [
        "Officers carried out checks on 310 vehicles at the Tolmaz crossing point on Monday.",
        "Inspectors carried out checks on 52 restaurants in the capital of Veltrania on Monday.",
    ],
)
def test_checks_on_no_people_or_away_from_a_crossing_are_no_flow(nlp: Language, text: str) -> None:
    assert _crossings(nlp, text) == []
