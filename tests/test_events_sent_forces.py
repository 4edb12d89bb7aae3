"""A deployment with a named sender and a head count but no named place: sent to a body ("to the X
Police District"), to a common noun ("to the region"), or only from somewhere ("from X Barracks");
a force the participle describes ("95 officers sent by X"); the owner in the force's "of" phrase
("the deployment of 650 troops of the X Armed Forces"). Plans, stationed forces and things sent
stay silent.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Wednesday.
PUB = date(2026, 6, 10)

NAMES = {
    "Varnolia": ("state/varnolia", "State"),
    "Varnolian Police Directorate": ("agency/varnolian-police-directorate", "Agency"),
    "Kesselmark Police District": ("agency/kesselmark-police-district", "Agency"),
    "Varnolian Defence Forces": ("agency/varnolian-defence-forces", "Agency"),
    "Varnolian Armed Forces": ("agency/varnolian-armed-forces", "Agency"),
    "Varnolian Air Force": ("agency/varnolian-air-force", "Agency"),
    "Interior Ministry": ("agency/varnolia-interior-ministry", "Agency"),
    "Ostraven Command": ("agency/ostraven-command", "Agency"),
    "Tarrow Barracks": ("place/tarrow-barracks", "Place"),
    "Kessel Territory": ("region/kessel-territory", "Region"),
}


def _deployments(nlp: Language, text: str) -> list[Event]:
    text = "OSTRAVEN, Varnolia, 10 June 2026 - " + text
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.label.startswith("Deployment")]


@pytest.mark.parametrize(
    ("text", "agent", "count"),
    [
        (
            "On Friday the Varnolian Police Directorate sent forty more officers to the Kesselmark Police District.",
            "agency/varnolian-police-directorate",
            40,
        ),
        (
            "The Varnolian Defence Forces have deployed 135 personnel from Tarrow Barracks to support the evacuation.",
            "agency/varnolian-defence-forces",
            135,
        ),
        (
            "The Interior Ministry dispatched 60 additional gendarmes to the northern border on Monday.",
            "agency/varnolia-interior-ministry",
            60,
        ),
    ],
)
def test_a_named_sender_and_a_head_count_need_no_named_place(nlp: Language, text: str, agent: str, count: int) -> None:
    (deployment,) = _deployments(nlp, text)
    assert agent in deployment.agent
    assert deployment.count == count


@pytest.mark.parametrize(
    ("text", "agent", "count"),
    [
        (
            "From Monday we will reinforce the border with 95 officers sent by the Ostraven Command.",
            "agency/ostraven-command",
            95,
        ),
        (
            "A further 200 gendarmes sent by the Interior Ministry reached the border crossings on Monday.",
            "agency/varnolia-interior-ministry",
            200,
        ),
    ],
)
def test_a_force_sent_by_a_named_body_is_a_deployment(nlp: Language, text: str, agent: str, count: int) -> None:
    (deployment,) = _deployments(nlp, text)
    assert deployment.agent == (agent,)
    assert deployment.count == count


@pytest.mark.parametrize(
    "text",
    [
        "The Minister of Defence has ordered the deployment of 650 additional troops of the Varnolian Armed Forces "
        "to the region.",
        "The President approved the deployment of 650 soldiers of the Varnolian Armed Forces along the frontier.",
    ],
)
def test_the_owner_of_the_troops_sends_them(nlp: Language, text: str) -> None:
    (deployment,) = _deployments(nlp, text)
    assert deployment.agent == ("agency/varnolian-armed-forces",)
    assert deployment.count == 650


@pytest.mark.parametrize(
    "text",
    [
        "The Interior Ministry had promised to send 350 more officers to the border.",
        "More than 1,380 personnel of the Varnolian Armed Forces deployed in the south have been put on alert.",
        "The President thanked the Varnolian Air Force for sending two aircraft to help the evacuation.",
        "The Varnolian Police Directorate sent officers to the northern border on Friday.",
    ],
)
def test_plans_stationed_forces_things_and_uncounted_forces_stay_silent(nlp: Language, text: str) -> None:
    assert _deployments(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Second, the Varnolian Armed Forces have sent two more battalions, about 1,380 soldiers, "
        "from Tarrow to Kessel Territory.",
        "The Varnolian Armed Forces sent two companies, some 1,380 troops, from the capital to Kessel Territory.",
    ],
)
def test_units_counted_in_an_apposition_sent_from_one_place_to_another(nlp: Language, text: str) -> None:
    (deployment,) = _deployments(nlp, text)
    assert deployment.place == ("region/kessel-territory",)
    assert deployment.agent == ("agency/varnolian-armed-forces",)
    assert deployment.count == 1380


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Two more battalions, about 900 troops in total, have been deployed to Kessel Territory by the "
            "Varnolian Armed Forces.",
            900,
        ),
        (
            "Three more companies, some 430 soldiers in total, have been deployed to Kessel Territory by the "
            "Varnolian Defence Forces.",
            430,
        ),
    ],
)
def test_events_sent_forces_units_restated_as_a_head_count(nlp: Language, text: str, count: int) -> None:
    """ "Two battalions, about 900 troops in total, were deployed": the units' head count is the count."""
    (dep,) = _deployments(nlp, text)
    assert dep.count == count
