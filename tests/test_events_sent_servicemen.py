"""Service members of every arm, counted by the word their own ministry uses, are people sent:
"have sent 870 servicemen to X", "dispatched 60 sailors and 30 paratroopers to Y", "300 sailors
were deployed", "2,900 elements of the Army are being deployed" (as Latin American defence
ministries count troops). Each is a deployment counted by its figure; things sent beside them
("870 servicemen and 42 vehicles") are no second deployment of people, and "elements" count
people only as members of an armed or uniformed body ("80 elements of the plan" are none).

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

PUB = date(2026, 2, 18)
#: A Tuesday: the day the stories told by weekday ("since Monday", "on Friday") are reported.
TUESDAY = date(2026, 3, 17)

NAMES = {
    "Varnolia": ("state/varnolia", "State"),
    "Ostrova": ("region/ostrova", "Region"),
    "Telsk": ("region/telsk", "Region"),
    "Varnolian Armed Forces": ("agency/armed-forces-varnolia", "Agency"),
    "Drevna": ("region/drevna", "Region"),
    "Kelmar Island": ("place/kelmar-island", "Place"),
    "Sarnovian Army": ("agency/sarnovian-army", "Agency"),
    "Sarnovian Navy": ("agency/sarnovian-navy", "Agency"),
}


def _deployments(nlp: Language, text: str, published: date = PUB) -> list[Event]:
    events = named_events(nlp, text, NAMES, published)
    return [e for e in events if e.label.startswith("Deployment")]


@pytest.mark.parametrize(
    "text",
    [
        "The Varnolian Armed Forces have sent 870 servicemen to Ostrova since 11 February.",
        "On the government's orders, the Varnolian Armed Forces have sent 870 servicemen and 42 vehicles to "
        "Ostrova and Telsk provinces since 11 February.",
    ],
)
def test_sent_servicemen_are_one_counted_deployment(nlp: Language, text: str) -> None:
    (deployment,) = _deployments(nlp, text)
    assert deployment.count == 870
    assert "region/ostrova" in deployment.place


def test_sent_servicemen_sailors_and_paratroopers_are_people(nlp: Language) -> None:
    text = "The Varnolian Armed Forces dispatched 60 sailors to Telsk on Monday."
    (deployment,) = _deployments(nlp, text)
    assert deployment.count == 60


@pytest.mark.parametrize(
    ("text", "count", "place"),
    [
        ("The Sarnovian Army has sent 2,730 servicemen to Drevna since Monday.", 2730, "region/drevna"),
        ("Forty servicewomen were deployed to Kelmar Island on Friday.", 40, "place/kelmar-island"),
        ("The Sarnovian Navy deployed 300 sailors to Kelmar Island on Friday.", 300, "place/kelmar-island"),
        ("Since Wednesday, 2,900 elements of the Sarnovian Army are being sent to Drevna.", 2900, "region/drevna"),
    ],
)
def test_service_people_sent_are_a_deployment(nlp: Language, text: str, count: int, place: str) -> None:
    assert {e.count: e.place for e in _deployments(nlp, text, TUESDAY)} == {count: (place,)}


def test_elements_of_no_force_are_no_deployment(nlp: Language) -> None:
    text = "The ministry sent 80 elements of the new plan to Drevna on Monday."
    assert _deployments(nlp, text, TUESDAY) == []
