"""Deployments told by the body a force joins, by a decision to send it, or counted by a range:
"N officers will be assigned to the X Bureau in Y" (the bureau deploys them, in Y), "the
government has resolved to dispatch N officers" (a decision taken, not a plan), "between N and M
officers had been sent" (the bounds of the head count).

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
PUB = date(2026, 6, 16)

NAMES = {
    "Velsa": ("state/velsa", "State"),
    "Quay Patrol Bureau": ("agency/quay-patrol-bureau", "Agency"),
    "Ostmark Ranger Corps": ("agency/ostmark-ranger-corps", "Agency"),
    "Mirela Tosk": ("person/mirela-tosk", "Person"),
    "Tarnwick": ("settlement/tarnwick", "Settlement"),
    "Elsbrook": ("settlement/elsbrook", "Settlement"),
    "Dunhollow": ("settlement/dunhollow", "Settlement"),
    "Skerra": ("settlement/skerra", "Settlement"),
    "Harvale": ("settlement/harvale", "Settlement"),
}


def _deployments(nlp: Language, text: str) -> list[Event]:
    return [e for e in named_events(nlp, text, NAMES, PUB) if e.label.startswith("Deployment")]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Mirela Tosk told reporters that the force had assigned forty officers to the Quay Patrol Bureau "
            "in Tarnwick and Elsbrook.",
            ("settlement/tarnwick", "settlement/elsbrook"),
        ),
        ("Last week 40 border guards were assigned to the Quay Patrol Bureau at Dunhollow.", ("settlement/dunhollow",)),
    ],
)
def test_events_deployment_receivers_body_joined_deploys_the_force(
    nlp: Language, text: str, places: tuple[str, ...]
) -> None:
    (deployment,) = _deployments(nlp, text)
    assert deployment.agent == ("agency/quay-patrol-bureau",)
    assert deployment.place == places
    assert deployment.count == 40


@pytest.mark.parametrize(
    "text",
    [
        "Officers assigned to the case interviewed 12 witnesses in Tarnwick.",
        "Two detectives were assigned to the inquiry on Monday.",
    ],
)
def test_events_deployment_receivers_assigned_to_a_task_is_no_deployment(nlp: Language, text: str) -> None:
    assert _deployments(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The government of Velsa has resolved to dispatch 75 additional officers to the border area.",
        "The cabinet of Velsa decided on Monday to send another 75 gendarmes to the frontier districts.",
    ],
)
def test_events_deployment_receivers_decision_to_send_is_a_deployment(nlp: Language, text: str) -> None:
    (deployment,) = _deployments(nlp, text)
    assert deployment.agent == ("state/velsa",)
    assert deployment.count == 75


@pytest.mark.parametrize(
    "text",
    [
        "Velsa promised to send 75 officers to the border area.",
        "The Velsa interior ministry plans to send 120 gendarmes to the frontier districts.",
    ],
)
def test_events_deployment_receivers_plan_to_send_is_no_deployment(nlp: Language, text: str) -> None:
    assert _deployments(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Between 20 and 25 officers of the Ostmark Ranger Corps had been sent to Skerra overnight.",
        "The Ostmark Ranger Corps deployed between 20 and 25 guards to Harvale on Sunday.",
    ],
)
def test_events_deployment_receivers_range_counts_the_force(nlp: Language, text: str) -> None:
    (deployment,) = _deployments(nlp, text)
    assert deployment.agent == ("agency/ostmark-ranger-corps",)
    assert (deployment.count, deployment.count_min, deployment.count_max) == (None, 20, 25)
