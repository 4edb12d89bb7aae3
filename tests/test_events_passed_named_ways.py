"""A flow told as people passing through a crossing called by its bare name ("about 4,170
travellers pass through X on a weekday") or by the pronoun "it" after the crossing was named
("X is the busiest post. Some 2,900 people pass through it every day") is a flow through that
crossing, like "passed through the X checkpoint". A town named by its bare name, or named last
before the pronoun, stays silent: passing through a town is no crossing.

Every story here is invented for the test; entities are built by hand so that only event
reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Thursday.
PUB = date(2024, 3, 14)

NAMES = {
    "Nordavia": ("state/nordavia", "State"),
    "Varnekia": ("state/varnekia", "State"),
    "Brelgow": ("checkpoint/brelgow", "Checkpoint"),
    "Hasselkirk": ("settlement/hasselkirk", "Settlement"),
}


def _flows(nlp: Language, text: str) -> list[Event]:
    text = "Nordavia, 14 March 2024 - " + text
    return [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    "text",
    [
        "Border guards say roughly 4,320 travellers pass through Brelgow on a weekday.",
        "Last month 4,320 passengers passed through Brelgow, the guards' monthly figures show.",
    ],
)
def test_people_passing_through_a_named_crossing_are_a_flow_through_it(nlp: Language, text: str) -> None:
    (flow,) = _flows(nlp, text)
    assert flow.count == 4320
    assert flow.via == ("checkpoint/brelgow",)
    assert flow.destination == ("state/nordavia",)


@pytest.mark.parametrize(
    "text",
    [
        "Brelgow, on the road to Varnekia, is far from quiet. From 2,900 to 3,100 people pass through it"
        " every day, most of them seasonal workers.",
        "The guards reopened the Brelgow post in January. Each day between 2,900 and 3,100 travellers now"
        " pass through it.",
        "Brelgow is no sleepy outpost. On a working day between 2,900 and 3,100 people pass through it.",
    ],
)
def test_people_passing_through_it_after_a_crossing_is_named_are_a_flow_through_it(nlp: Language, text: str) -> None:
    (flow,) = _flows(nlp, text)
    assert (flow.count_min, flow.count_max) == (2900, 3100)
    assert flow.via == ("checkpoint/brelgow",)


@pytest.mark.parametrize(
    "text",
    [
        "Last month 4,320 passengers passed through Hasselkirk on their way to the coast.",
        "Hasselkirk sits on the old trunk road. Every day some 4,320 drivers pass through it.",
        "The Brelgow post lies north of Hasselkirk. Every day some 4,320 drivers pass through it.",
    ],
)
def test_people_passing_through_a_town_are_no_flow(nlp: Language, text: str) -> None:
    assert _flows(nlp, text) == []
