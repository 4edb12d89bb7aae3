"""Service members of every arm are people sent ("have sent 870 servicemen to X", "dispatched 60
sailors and 30 paratroopers to Y"), and things sent beside them ("870 servicemen and 42
vehicles") are no second deployment of people.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import entities_named
from spacy.language import Language

from kg.extract.events import find_events
from kg.model import Article, Event

PUB = date(2026, 2, 18)

NAMES = {
    "Varnolia": ("state/varnolia", "State"),
    "Ostrova": ("region/ostrova", "Region"),
    "Telsk": ("region/telsk", "Region"),
    "Varnolian Armed Forces": ("agency/armed-forces-varnolia", "Agency"),
}


def _deployments(nlp: Language, text: str) -> list[Event]:
    article = Article(id="t", text=text, source="test", published=PUB)
    events = find_events(nlp(text), article, entities_named(text, NAMES), ())
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
