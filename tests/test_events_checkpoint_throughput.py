"""A border service's weekly figures count people at a crossing without saying which way they
went: "the X checkpoint handled 9,800 passengers", "12,400 travellers passed through the X
crossing", "the busiest crossing was X, through which 12,400 travellers passed". Each is a flow
through that crossing, into the state whose service reports it (the state the release is filed
from).

Every story here is invented for the test; entities are built by hand so that only event
reading is tested. Near misses ("the bill passed", cargo handled at a port) stay silent.
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
    "Orlask": ("checkpoint/orlask", "Checkpoint"),
    "Tolmaz": ("settlement/tolmaz", "Settlement"),
}


def _flows(nlp: Language, text: str) -> list[Event]:
    text = "Nordavia, 12 June 2023 - " + text
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    "text",
    [
        "The Orlask checkpoint on the border with Varnekia handled 9,875 passengers last week.",
        "Last week 9,875 travellers passed through the Orlask checkpoint on the border with Varnekia.",
        "The busiest crossing point was Orlask, on the border with Varnekia, through which 9,875"
        " travellers passed last week.",
        "Officers also staffed the Orlask checkpoint on the border with Varnekia, through which 9,875"
        " travellers passed last week.",
    ],
)
def test_people_counted_at_a_crossing_are_a_flow_through_it(nlp: Language, text: str) -> None:
    (flow,) = _flows(nlp, text)
    assert flow.count == 9875
    assert flow.destination == ("state/nordavia",)
    assert flow.via == ("checkpoint/orlask",)


@pytest.mark.parametrize(
    "text",
    [
        "The bill on the Orlask checkpoint passed with 95 votes last week.",
        "The port of Tolmaz handled 9,875 tonnes of grain last week.",
        "The convoy passed through Tolmaz with 40 trucks last week.",
    ],
)
def test_counted_things_that_are_no_flow_stay_silent(nlp: Language, text: str) -> None:
    assert not _flows(nlp, text)
