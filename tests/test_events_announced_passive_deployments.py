"""A deployment announced in the passive with no doer ("He announced that 250 extra troops would be
posted to the frontier") is the plan of the one who announces it; a readout's "informed / briefed
/ assured his counterpart that ..." announces a plan as "said" does; and a force stationed "under
Operation X" is a deployment of its own, not an act of the operation.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

#: A Friday.
PUB = date(2026, 10, 9)

NAMES = {
    "Nordavia": ("state/nordavia", "State"),
    "Kelmar": ("settlement/kelmar", "Settlement"),
    "Oren Talvik": ("person/oren-talvik", "Person"),
    "Border Guard": ("agency/border-guard-nordavia", "Agency"),
}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Oren Talvik, Nordavia's interior minister, visited Kelmar on Thursday. He announced that three hundred"
            " and fifty extra police officers would be stationed on the southern frontier.",
            350,
        ),
        ("Oren Talvik said an extra 140 police officers would be deployed on the frontier for the winter.", 140),
        (
            "Oren Talvik told reporters that 90 additional soldiers will be sent to the eastern frontier"
            " under Operation Grey Heron.",
            90,
        ),
    ],
)
def test_events_passive_deployment_is_the_announcers(nlp: Language, text: str, count: int) -> None:
    events = [e for e in named_events(nlp, text, NAMES, PUB) if e.count == count]
    assert [e.agent for e in events] == [("person/oren-talvik",)]


@pytest.mark.parametrize(
    "text",
    [
        "Oren Talvik informed his counterpart that the Border Guard would post thirty additional officers at Kelmar.",
        "In the call, Oren Talvik briefed the prime minister that the Border Guard will send thirty more officers"
        " to Kelmar next week.",
        "Oren Talvik assured his guest that the Border Guard would deploy thirty extra officers to Kelmar.",
    ],
)
def test_events_readout_informing_announces_a_plan(nlp: Language, text: str) -> None:
    events = [e for e in named_events(nlp, text, NAMES, PUB) if e.count == 30]
    assert [(e.agent, e.place) for e in events] == [(("agency/border-guard-nordavia",), ("settlement/kelmar",))]


def test_events_plan_with_own_doer_is_not_the_announcers(nlp: Language) -> None:
    text = "Oren Talvik said the army would station 300 more soldiers along the border."
    assert not [e for e in named_events(nlp, text, NAMES, PUB) if "person/oren-talvik" in e.agent]
