"""A flow counted through "the number of": the verb of movement is in a clause on the people and
the figure in the clause of the verb the number is the subject of ("the number of migrants
arriving in X rose to 5,170 in January"). The figure and its time are the flow's; a number of
things ("the number of trucks") is no flow, and a measure set beside a flow ("..., the highest rate
since 2021") is no place it went to.

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


def _flows(nlp: Language, text: str) -> list[Event]:
    text = "Nordavia, 12 June 2023 - " + text
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    "text",
    [
        "The number of migrants arriving in Nordavia rose to 5,170 in May.",
        "In May the number of people who entered Nordavia reached 5,170, the ministry said.",
        "The total number of refugees who crossed into Nordavia was 5,170 in May.",
    ],
)
def test_the_number_of_people_moving_is_the_flow_s_figure(nlp: Language, text: str) -> None:
    (flow,) = _flows(nlp, text)
    assert (flow.destination, flow.count) == (("state/nordavia",), 5170)
    assert (flow.start_date, flow.end_date) == ("2023-05-01", "2023-05-31")


def test_a_rate_stated_through_the_number_of_keeps_its_unit(nlp: Language) -> None:
    text = "The number of people who entered through the Orlask crossing rose to about 75 a day last week."
    (flow,) = _flows(nlp, text)
    assert (flow.via, flow.count, flow.per_time_unit) == (("checkpoint/orlask",), 75, "day")


def test_a_number_of_things_is_no_flow(nlp: Language) -> None:
    assert _flows(nlp, "The number of trucks waiting at the Orlask crossing rose to 700 in May.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Teams counted 3,070 new arrivals in Tolmaz in May. Over the first week of June, people crossed at an "
        "average of 95 a day, the highest figure since the start of 2021.",
        "Teams counted 3,070 new arrivals in Tolmaz in May. Early in June, refugees crossed at about 95 a day, "
        "a record for the year.",
    ],
)
def test_a_rate_apposed_to_a_flow_is_no_place_it_went(nlp: Language, text: str) -> None:
    rates = [e for e in _flows(nlp, text) if e.count == 95]
    assert [(e.destination, e.per_time_unit) for e in rates] == [(("settlement/tolmaz",), "day")]
