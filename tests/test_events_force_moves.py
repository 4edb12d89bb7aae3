"""A counted force that moves on its own ("an initial contingent of 210 soldiers departed X for Y",
"140 troops arrived in Y", "two battalions reached Y") is a deployment to where it goes, not a border crossing
of soldiers; refugees who leave, and soldiers who flee, still cross.

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
    "Vardenia": ("state/vardenia", "State"),
    "Orlavia": ("state/orlavia", "State"),
    "Kolvara": ("settlement/kolvara", "Settlement"),
    "Quellin": ("settlement/quellin", "Settlement"),
    "Vardenian Army": ("agency/vardenian-army", "Agency"),
    "Vardenian Gendarmerie": ("agency/vardenian-gendarmerie", "Agency"),
    "Pell County": ("region/pell-county", "Region"),
}


def _events(nlp: Language, text: str) -> tuple[Event, ...]:
    return named_events(nlp, "QUELLIN, Vardenia, 10 June 2026 - " + text, NAMES, PUB)


@pytest.mark.parametrize(
    ("text", "place", "agent", "count"),
    [
        (
            "On Tuesday an initial contingent of 210 soldiers departed Quellin for Kolvara.",
            "settlement/kolvara",
            (),
            210,
        ),
        ("Early on Monday a contingent of 410 men left Quellin by road for Kolvara.", "settlement/kolvara", (), 410),
        (
            "About 140 troops of the Vardenian Army arrived in Kolvara on Monday night.",
            "settlement/kolvara",
            ("agency/vardenian-army",),
            140,
        ),
        (
            "On Tuesday evening 95 officers of the Vardenian Gendarmerie reached Pell County from the capital.",
            "region/pell-county",
            ("agency/vardenian-gendarmerie",),
            95,
        ),
    ],
)
def test_a_counted_force_on_its_way_is_a_deployment(
    nlp: Language, text: str, place: str, agent: tuple[str, ...], count: int
) -> None:
    events = _events(nlp, text)
    assert [e.type for e in events] == ["Event"]
    (deployment,) = events
    assert deployment.label.startswith("Deployment")
    assert deployment.place == (place,)
    assert deployment.agent == agent
    assert deployment.count == count


@pytest.mark.parametrize(
    "text",
    [
        "Two more battalions of the Vardenian Army reached Pell County on Sunday.",
        "Two additional companies of the Vardenian Army moved into Pell County overnight.",
    ],
)
def test_formed_units_that_arrive_are_deployed_by_their_body(nlp: Language, text: str) -> None:
    (deployment,) = _events(nlp, text)
    assert deployment.label.startswith("Deployment")
    assert deployment.agent == ("agency/vardenian-army",)
    assert deployment.place == ("region/pell-county",)
    assert deployment.count is None  # a number of units is no head count


@pytest.mark.parametrize(
    "text",
    [
        "Some 300 refugees left Quellin for Kolvara on Tuesday.",
        "About 60 soldiers fled into Orlavia on Tuesday, the border guard said.",
    ],
)
def test_refugees_and_fleeing_soldiers_still_cross(nlp: Language, text: str) -> None:
    events = _events(nlp, text)
    assert [e.type for e in events] == ["BorderCrossing"]


@pytest.mark.parametrize(
    "text",
    [
        "The Vardenian Army sent two battalions north on Monday. The two battalions arrived in Kolvara on Tuesday.",
        "The Vardenian Army deployed 265 soldiers on Monday. The 265 soldiers arrived in Kolvara on Tuesday.",
    ],
)
def test_a_force_told_before_adds_no_second_deployment(nlp: Language, text: str) -> None:
    deployments = [e for e in _events(nlp, text) if e.label.startswith("Deployment")]
    assert len(deployments) == 1
    assert not [e for e in _events(nlp, text) if e.type == "BorderCrossing"]
