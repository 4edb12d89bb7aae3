"""A deployment's head count written one "of" phrase below its noun: on a unit ("a battalion of
400 soldiers") or on the event noun ("ordered the deployment of 400 additional officers"). A
number of units or of things is no head count.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Tuesday.
PUB = date(2023, 6, 13)

NAMES = {
    "Nordavia": ("state/nordavia", "State"),
    "Tolmaz": ("settlement/tolmaz", "Settlement"),
    "the Kesh region": ("region/kesh", "Region"),
}


def _deployments(nlp: Language, text: str) -> list[Event]:
    text = "Nordavia, 13 June 2023 - " + text
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.label.startswith("Deployment")]


@pytest.mark.parametrize(
    "text",
    [
        "The Interior Ministry ordered the deployment of 400 additional police officers to the Kesh region on Monday.",
        "The government decided to deploy a battalion of 400 soldiers to the Kesh region.",
        "On Monday the army sent a contingent of 400 troops to Tolmaz.",
    ],
)
def test_people_counted_in_an_of_phrase_count_the_deployment(nlp: Language, text: str) -> None:
    (deployment,) = _deployments(nlp, text)
    assert deployment.count == 400


@pytest.mark.parametrize(
    "text",
    [
        "The Interior Ministry ordered the deployment of two battalions to the Kesh region on Monday.",
        "The army ordered the deployment of 40 armoured vehicles to Tolmaz on Monday.",
    ],
)
def test_units_and_things_in_the_of_phrase_are_no_head_count(nlp: Language, text: str) -> None:
    assert all(d.count is None for d in _deployments(nlp, text))
