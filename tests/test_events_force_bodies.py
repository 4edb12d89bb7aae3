"""A force counted with the body it serves in ("60 officers of the X Gendarmerie", "X Gendarmerie
officers", "reservists of the Y Reserve") makes that body an agent of its deployment or call-up
when only a person, or nobody, is said to act; a state or body that sends it stays the only agent.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from named_entities import entities_named, named_events
from spacy.language import Language

from kg.extract.events import find_events
from kg.model import Article, Event, Span, Statement

PUB = date(2026, 4, 14)

NAMES = {
    "Vesterland Gendarmerie": ("agency/vesterland-gendarmerie", "Agency"),
    "Lakeshore Reserve": ("agency/lakeshore-reserve", "Agency"),
    "Orlund": ("state/orlund", "State"),
    "Dara Venn": ("person/dara-venn", "Person"),
    "Kestel": ("settlement/kestel", "Settlement"),
}


def _found(nlp: Language, text: str, kind: str) -> list[Event]:
    return [e for e in named_events(nlp, text, NAMES, PUB) if e.type == kind or e.label.startswith(kind)]


@pytest.mark.parametrize(
    "text",
    [
        "Interior Minister Dara Venn has sent 45 more officers of the Vesterland Gendarmerie to the lake ports.",
        "Minister Dara Venn will deploy 120 extra Vesterland Gendarmerie officers along the northern highway.",
    ],
)
def test_events_force_bodies_a_persons_deployment_is_also_the_forces_body(nlp: Language, text: str) -> None:
    (deployment,) = _found(nlp, text, "Deployment")
    assert deployment.agent == ("person/dara-venn", "agency/vesterland-gendarmerie")


def test_events_force_bodies_we_in_a_speakers_turn(nlp: Language) -> None:
    text = "DARA VENN: This week we moved sixty gendarmes of the Vesterland Gendarmerie to the ferry piers."
    turn = text.index("This")
    said = Statement("person/dara-venn", text[turn:], Span(turn, len(text), text[turn:]), ())
    names = {k: v for k, v in NAMES.items() if k != "Dara Venn"}
    entities = entities_named(text, names)
    article = Article(id="t", text=text, source="test", published=PUB)
    events = find_events(nlp(text), article, entities, (said,))
    (deployment,) = [e for e in events if e.label.startswith("Deployment")]
    assert deployment.agent == ("person/dara-venn", "agency/vesterland-gendarmerie")
    assert re.search("Vesterland", deployment.label)


def test_events_force_bodies_a_state_that_sends_stays_the_only_agent(nlp: Language) -> None:
    text = "Orlund has sent 45 more officers of the Vesterland Gendarmerie to Kestel."
    (deployment,) = _found(nlp, text, "Deployment")
    assert deployment.agent == ("state/orlund",)


@pytest.mark.parametrize(
    "text",
    [
        "On Monday the government called up 836 reservists of the Lakeshore Reserve for a month of drills.",
        "A decree issued on Friday orders the mobilisation of 650 reservists of the Lakeshore Reserve.",
    ],
)
def test_events_force_bodies_a_call_up_is_the_called_bodys(nlp: Language, text: str) -> None:
    (call_up,) = _found(nlp, text, "Mobilization")
    assert call_up.agent == ("agency/lakeshore-reserve",)
