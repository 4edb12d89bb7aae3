"""A body that stopped, prevented or refused counted people at a border is the attempt's agent: named
("the X Border Police prevented ..."), as "it" in what it says, by the short form it gave in brackets,
or by its members ("the State Frontier Guard ... frontier guards have prevented ..."). A body that
only counts ("recorded 1,915 attempts") is no agent.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from named_entities import entities_named
from spacy.language import Language

from kg.extract.events import find_events
from kg.model import Article, Entity, Event

PUB = date(2026, 6, 10)

NAMES = {
    "Norvalia": ("state/norvalia", "State"),
    "Tarnia": ("state/tarnia", "State"),
    "Kesselby": ("settlement/kesselby", "Settlement"),
    "Cape Ostrel": ("place/cape-ostrel", "Place"),
    "Norvalian Border Police": ("agency/norvalian-border-police", "Agency"),
    "Norvalia's coast guard": ("agency/coast-guard-norvalia", "Agency"),
    "Frontier Migration Service": ("agency/frontier-migration-service", "Agency"),
    "State Frontier Guard": ("agency/state-frontier-guard", "Agency"),
}


def _attempts(nlp: Language, text: str, entities: tuple[Entity, ...] | None = None) -> list[Event]:
    article = Article(id="t", text=text, source="test", published=PUB)
    found = entities if entities is not None else entities_named(text, NAMES)
    return [e for e in find_events(nlp(text), article, found, ()) if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("text", "agent", "count"),
    [
        (
            "Last week the Norvalian Border Police prevented 2,185 illegal entries into Norvalia from Tarnia "
            "near Kesselby.",
            "agency/norvalian-border-police",
            2185,
        ),
        (
            "Norvalia's coast guard says it intercepted three boats carrying 127 people trying to reach Norvalia "
            "off Cape Ostrel.",
            "agency/coast-guard-norvalia",
            127,
        ),
        (
            "The State Frontier Guard reported more pressure on the border with Tarnia. Since 1 January, "
            "frontier guards have prevented 2,945 attempts to cross the border of Norvalia illegally.",
            "agency/state-frontier-guard",
            2945,
        ),
    ],
)
def test_the_body_that_stopped_the_people_is_the_agent(nlp: Language, text: str, agent: str, count: int) -> None:
    (attempt,) = (e for e in _attempts(nlp, text) if e.count == count)
    assert agent in attempt.agent


def test_a_short_form_given_in_brackets_stands_for_the_body(nlp: Language) -> None:
    text = (
        "The Frontier Migration Service (FMS) said traffic was steady. Since the new rules took effect "
        "on 9 March, FMS has refused entry into Norvalia to 3,720 foreign nationals."
    )
    full = text
    entities = tuple(
        replace(e, aliases=("FMS",)) if e.key == "agency/frontier-migration-service" else e
        for e in entities_named(full, NAMES)
    )
    (attempt,) = (e for e in _attempts(nlp, text, entities) if e.count == 3720)
    assert attempt.agent == ("agency/frontier-migration-service",)


@pytest.mark.parametrize(
    "text",
    [
        "The Norvalian Border Police recorded 1,915 attempts to enter Norvalia illegally last week.",
        "Last month 2,635 people tried to enter Norvalia from Tarnia near Kesselby, the Norvalian Border Police said.",
    ],
)
def test_a_body_that_only_counts_is_no_agent(nlp: Language, text: str) -> None:
    attempts = _attempts(nlp, text)
    assert attempts
    assert all(not e.agent for e in attempts)
