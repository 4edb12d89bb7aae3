"""Crossings counted as a noun by the service that handles them ("processed 2.4 million crossings
at the X checkpoint"), flows placed only by the crossing they used, and reopenings placed at the
crossing they reopen.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Monday.
PUB = date(2023, 6, 12)

NAMES = {
    "Nordavia": ("state/nordavia", "State"),
    "Orlask": ("checkpoint/orlask", "Checkpoint"),
    "Tolmaz": ("settlement/tolmaz", "Settlement"),
}


def _events(nlp: Language, text: str, dateline: str = "Nordavia") -> list[Event]:
    text = f"{dateline}, 12 June 2023 - " + text
    return list(named_events(nlp, text, NAMES, PUB))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Last year our officers processed 2.4 million crossings at the Orlask checkpoint.", 2_400_000),
        ("In May, 310,000 crossings were cleared at the Orlask checkpoint, the border service said.", 310_000),
        ("The Orlask checkpoint alone handled 86,500 of those crossings.", 86_500),
    ],
)
def test_crossings_a_service_handles_are_a_flow_through_the_crossing(nlp: Language, text: str, count: int) -> None:
    (flow,) = [e for e in _events(nlp, text) if e.type == "BorderCrossing"]
    assert flow.count == count
    assert flow.via == ("checkpoint/orlask",)
    assert flow.destination == ("state/nordavia",)


@pytest.mark.parametrize(
    "text",
    [
        "For a week, some 1,840 travellers had to use the Orlask post, far to the north.",
        "While the bridge was shut, about 1,840 drivers and passengers used the Orlask crossing instead.",
    ],
)
def test_a_flow_placed_only_by_its_crossing_ends_there(nlp: Language, text: str) -> None:
    (flow,) = [e for e in _events(nlp, text, dateline="Tolmaz") if e.type == "BorderCrossing"]
    assert flow.count == 1840
    assert flow.destination == ("checkpoint/orlask",)


@pytest.mark.parametrize(
    "text",
    [
        "The Orlask border post will reopen on 22 July, the two governments agreed.",
        "The authorities reopened the Orlask checkpoint on Monday after a week of repairs.",
    ],
)
def test_a_reopening_takes_place_at_the_crossing_it_reopens(nlp: Language, text: str) -> None:
    (reopening,) = [e for e in _events(nlp, text) if e.label.startswith("Reopening")]
    assert reopening.target == ("checkpoint/orlask",)
    assert reopening.place == ("checkpoint/orlask",)
