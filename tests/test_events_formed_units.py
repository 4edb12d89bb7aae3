"""Deployments told in other shapes than "X sent N troops to Y":

* a place reinforced with a force ("strengthen the X region with N members of the Armed Forces",
  "we have reinforced the bridge with N more officers"): the place is the object, the force the "with"
  phrase; a force reinforced with more people ("its staff") is no deployment;
* forces moved, transferred or seconded somewhere;
* a formed unit added or counted ("an additional company of troops", "a detachment of N marines")
  sent by a named body, even with no place named; a unit with nothing that adds or counts it stays
  silent.

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
    "Brevania": ("state/brevania", "State"),
    "Ostrelia": ("state/ostrelia", "State"),
    "Lindrow": ("region/lindrow", "Region"),
    "Pellan": ("settlement/pellan", "Settlement"),
    "Halvik Bridge": ("checkpoint/halvik-bridge", "Checkpoint"),
    "Brevanian Armed Forces": ("agency/brevanian-armed-forces", "Agency"),
    "Corvane Border Service": ("agency/corvane-border-service", "Agency"),
    "Ministry of Defence": ("agency/ministry-of-defence-brevania", "Agency"),
}


def _deployments(nlp: Language, text: str) -> list[Event]:
    text = "PELLAN, Brevania, 10 June 2026 - " + text
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.label.startswith("Deployment")]


@pytest.mark.parametrize(
    ("text", "place", "count"),
    [
        (
            "The cabinet decided on Tuesday to strengthen the Lindrow region with 380 further members of the "
            "Brevanian Armed Forces.",
            "region/lindrow",
            380,
        ),
        (
            'Traffic at the Halvik Bridge doubled in May. "We have reinforced the bridge with 45 more officers," '
            "the commander said.",
            "checkpoint/halvik-bridge",
            45,
        ),
    ],
)
def test_a_place_reinforced_with_a_force_is_a_deployment_there(
    nlp: Language, text: str, place: str, count: int
) -> None:
    (deployment,) = _deployments(nlp, text)
    assert place in deployment.place
    assert deployment.count == count


def test_a_force_reinforced_with_more_people_is_no_deployment(nlp: Language) -> None:
    text = "The Corvane Border Service will reinforce its staff at Pellan with 45 more officers next month."
    assert _deployments(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Since early May the Corvane Border Service has seconded 65 guards to Pellan.",
        "On Monday the Ministry of Defence transferred 260 soldiers to the Lindrow region.",
    ],
)
def test_forces_seconded_or_transferred_are_deployed(nlp: Language, text: str) -> None:
    (deployment,) = _deployments(nlp, text)
    assert deployment.place


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "The Brevanian Armed Forces dispatched an additional company of troops to the frontier zone overnight.",
            "agency/brevanian-armed-forces",
        ),
        (
            "Late on Friday the Ministry of Defence dispatched a detachment of 85 marines from the coastal "
            "brigade to help with the evacuation.",
            "agency/ministry-of-defence-brevania",
        ),
    ],
)
def test_a_formed_unit_added_or_counted_is_deployed_by_its_sender(nlp: Language, text: str, agent: str) -> None:
    (deployment,) = _deployments(nlp, text)
    assert deployment.agent == (agent,)


def test_a_unit_nothing_adds_or_counts_stays_silent(nlp: Language) -> None:
    text = "The Brevanian Armed Forces will send a radar unit to the border area after the storm."
    assert _deployments(nlp, text) == []
