"""A counted force said to stand in a named place is a deployment there, as one sent there is: "at
present there are four hundred soldiers of the X in the region of Y", "the X plans to keep some 120
officers in Y through the summer", "the X had twelve officers on the Y side". A force's
strength across counted places, people who are no force, and staff of a firm are no deployment.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

PUB = date(2026, 6, 10)

NAMES = {
    "Norvalia": ("state/norvalia", "State"),
    "Tarnia": ("state/tarnia", "State"),
    "Vardon": ("region/vardon", "Region"),
    "Orvennes": ("settlement/orvennes", "Settlement"),
    "Armed Forces": ("agency/armed-forces", "Agency"),
    "National Gendarmerie": ("agency/gendarmerie", "Agency"),
}


def _deployments(nlp: Language, text: str) -> list[Event]:
    return [e for e in named_events(nlp, text, NAMES, PUB) if e.label.startswith("Deployment")]


@pytest.mark.parametrize(
    ("text", "count", "place"),
    [
        (
            "At present there are four hundred soldiers of the Armed Forces in the region of Vardon, "
            "the ministry says.",
            400,
            "region/vardon",
        ),
        (
            "Tarnia plans to keep roughly 120 officers of its border police in Vardon through the summer.",
            120,
            "region/vardon",
        ),
        ("The National Gendarmerie had twelve officers in Orvennes during the search.", 12, "settlement/orvennes"),
        (
            "The National Gendarmerie will also keep some 90 guards of its mobile corps in Norvalia until the end "
            "of May.",
            90,
            "state/norvalia",
        ),
    ],
)
def test_a_force_standing_in_a_named_place_is_deployed_there(nlp: Language, text: str, count: int, place: str) -> None:
    (deployment,) = _deployments(nlp, text)
    assert deployment.count == count
    assert place in deployment.place


@pytest.mark.parametrize(
    "text",
    [
        "Across Norvalia the Armed Forces keep some 38,000 soldiers in nine districts.",
        "There are now some 3,000 students in Orvennes.",
        "The firm has 300 employees in Orvennes.",
    ],
)
def test_no_counted_force_in_a_named_place_is_no_deployment(nlp: Language, text: str) -> None:
    assert _deployments(nlp, text) == []
