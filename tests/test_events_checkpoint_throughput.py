"""A border service's weekly figures count people at a crossing without saying which way they
went: "the X checkpoint handled 9,350 passengers", "12,400 travellers passed through the X
crossing", "the busiest crossing was X, through which 12,400 travellers passed", "the X checkpoint,
which handled 9,350 people". Each is a flow through that crossing, into the state whose service
reports it (the state the release is filed from); a second checkpoint in a clause that leaves the
verb out ("..., and Y 6,040 people") has its own flow through Y.

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
    "Velmir": ("checkpoint/velmir", "Checkpoint"),
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
        "Last week the busiest was the Orlask checkpoint, which handled 8,465 people and 1,750 vehicles.",
        "Traffic was heaviest at the Orlask checkpoint on the border with Varnekia, which processed 8,465 travellers.",
    ],
)
def test_a_crossing_that_handled_people_in_a_relative_clause(nlp: Language, text: str) -> None:
    (flow,) = _flows(nlp, text)
    assert flow.count == 8465
    assert flow.via == ("checkpoint/orlask",)


@pytest.mark.parametrize(
    "text",
    [
        "The Orlask checkpoint handled 8,465 people and 990 vehicles last week, and Velmir 4,270 people "
        "and 410 vehicles.",
        "Last week the Orlask checkpoint processed 8,465 travellers and 870 trucks, and Velmir 4,270 travellers.",
    ],
)
def test_a_second_checkpoint_with_its_verb_left_out_has_its_own_flow(nlp: Language, text: str) -> None:
    flows = {f.count: f for f in _flows(nlp, text)}
    assert flows[8465].via == ("checkpoint/orlask",)
    assert flows[4270].via == ("checkpoint/velmir",)


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
