"""People of a service counted by the word its own ministry uses: "sent 2,730 servicemen to X",
"300 sailors were deployed", "2,900 elements of the Army are being deployed" (as Latin American
defence ministries count troops). Each is a deployment counted by its figure; "elements" count
people only as members of an armed or uniformed body ("80 elements of the plan" are none).

Every story here is invented; entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import entities_named
from spacy.language import Language

from kg.extract.events import find_events
from kg.model import Article

#: A Tuesday.
PUB = date(2026, 3, 17)
NAMES = {
    "Drevna": ("region/drevna", "Region"),
    "Kelmar Island": ("place/kelmar-island", "Place"),
    "Sarnovian Army": ("agency/sarnovian-army", "Agency"),
    "Sarnovian Navy": ("agency/sarnovian-navy", "Agency"),
}


def _deployments(nlp: Language, text: str) -> dict[int | None, tuple[str, ...]]:
    article = Article(id="t", text=text, source="test", published=PUB)
    events = find_events(nlp(text), article, entities_named(text, NAMES), ())
    return {e.count: e.place for e in events if e.label.startswith("Deployment")}


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
    assert _deployments(nlp, text) == {count: (place,)}


def test_elements_of_no_force_are_no_deployment(nlp: Language) -> None:
    text = "The ministry sent 80 elements of the new plan to Drevna on Monday."
    assert _deployments(nlp, text) == {}
