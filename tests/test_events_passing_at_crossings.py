"""Traffic told as passing *at* a crossing, or going *through* it: "At the X crossing, about 2,400
trucks a day now pass in both directions", "Some 2,300 lorries a day went through X in March".
"passed through X" was already a flow through X; "at X" names the way as "through X" does, and
"went through" is the same passage. "The bill passed at the hearing" and trucks that went
through a town stay silent.

Every story here is invented for the test; entities are built by hand so that only event
reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Tuesday.
PUB = date(2025, 5, 13)

NAMES = {
    "Nordavia": ("state/nordavia", "State"),
    "Varnekia": ("state/varnekia", "State"),
    "Kallup": ("checkpoint/kallup", "Checkpoint"),
    "Mirsk": ("settlement/mirsk", "Settlement"),
}


def _flows(nlp: Language, text: str) -> list[Event]:
    text = "Nordavia, 13 May 2025 - " + text
    return [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("text", "count", "unit"),
    [
        ("At the Kallup crossing, about three thousand cars a day now pass in both directions.", 3000, "day"),
        ("At Kallup, some 1,750 trucks a day pass these days, the customs office says.", 1750, "day"),
        ("Around 2,600 lorries a day went through Kallup in April, officials said.", 2600, "day"),
        ("About 5,200 travellers went through the Kallup checkpoint last week.", 5200, None),
    ],
)
def test_traffic_passing_at_or_going_through_a_crossing_is_a_flow_through_it(
    nlp: Language, text: str, count: int, unit: str | None
) -> None:
    (flow,) = _flows(nlp, text)
    assert flow.count == count
    assert flow.via == ("checkpoint/kallup",)
    assert flow.per_time_unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "The bill passed at the Kallup hearing with 95 votes.",
        "Some 40 trucks went through Mirsk on their way to the port.",
    ],
)
def test_passing_a_vote_or_a_town_is_no_flow(nlp: Language, text: str) -> None:
    assert _flows(nlp, text) == []
