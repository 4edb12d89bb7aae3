"""People who disembark somewhere arrive there by sea: "2,640 nationals have disembarked in X",
"1,250 people disembarked at Y over the weekend" are counted flows into that place, like "arrived
in X". A disembarking nobody counts is no flow.

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
    "Varnekia": ("state/varnekia", "State"),
    "Tolmaz": ("settlement/tolmaz", "Settlement"),
}


def _flows(nlp: Language, text: str) -> list[Event]:
    text = "Varnekia, 12 June 2023 - " + text
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Since March, 2,640 Varnekian nationals have disembarked in Nordavia.", "state/nordavia"),
        ("A total of 1,250 people disembarked at Tolmaz over the weekend, the ministry said.", "settlement/tolmaz"),
    ],
)
def test_counted_people_disembarking_somewhere_arrive_there(nlp: Language, text: str, where: str) -> None:
    (flow,) = _flows(nlp, text)
    assert flow.destination == (where,)
    assert flow.count in (2640, 1250)


def test_a_disembarking_nobody_counts_is_no_flow(nlp: Language) -> None:
    assert _flows(nlp, "Passengers disembarked at Tolmaz after a three-hour delay.") == []
