"""A counted force told to stay where it is, by a decision or an order, is a deployment: "ordered
that a detachment of eighty soldiers stay at X", "has resolved to keep a unit of 75 officers in
the hills". A formed unit counts as the force when its "of" phrase counts uniformed people; a decision
needs no named place, while a force merely said to be or remain somewhere still does, and people
who are no force stay silent.

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
    "Tannock Police": ("agency/tannock-police", "Agency"),
    "Brisvale": ("settlement/brisvale", "Settlement"),
}


def _deployments(nlp: Language, text: str) -> list[Event]:
    return [e for e in named_events(nlp, text, NAMES, PUB) if e.label.startswith("Deployment")]


@pytest.mark.parametrize(
    "text",
    [
        "The interior minister has ordered that a detachment of eighty officers stay at Brisvale until the fair ends.",
        "A company of 80 soldiers will remain in Brisvale through the winter, the defence ministry said.",
    ],
)
def test_a_unit_told_to_stay_in_a_named_place(nlp: Language, text: str) -> None:
    (deployment,) = _deployments(nlp, text)
    assert deployment.place == ("settlement/brisvale",)
    assert deployment.count == 80


@pytest.mark.parametrize(
    "text",
    [
        "The Tannock Police has resolved to keep a unit of 75 officers in the hills until autumn.",
        "The Tannock Police ordered about 75 officers to remain in the district for another month.",
    ],
)
def test_a_decision_to_keep_a_force_needs_no_named_place(nlp: Language, text: str) -> None:
    (deployment,) = _deployments(nlp, text)
    assert deployment.agent == ("agency/tannock-police",)
    assert deployment.count == 75


@pytest.mark.parametrize(
    "text",
    [
        "Some 300 refugees remain in Brisvale after the floods.",
        "About 70 officers remain on sick leave, the Tannock Police said.",
        "The Tannock Police decided to keep 70 vehicles in reserve.",
    ],
)
def test_people_who_are_no_force_or_a_force_placed_nowhere(nlp: Language, text: str) -> None:
    assert _deployments(nlp, text) == []
