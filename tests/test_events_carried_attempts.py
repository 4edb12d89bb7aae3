"""Vessels stopped with the people they carry: the attempt is the people's, into a state or territory.

"intercepted two boats carrying 93 people who were trying to reach X", "stopped a boat with 48
migrants trying to sail to X": the figure and the crossing verb hang on the people aboard, not on
the vessel stopped. One reaches a country or a dependent territory (ISO 3166-1 lists both), never
a province or a town. Invented sentences through the real model.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.events import find_events
from kg.model import Article, Event

PUB = date(2026, 4, 14)
NAMES = {"Tarsova": ("state/tarsova", "State"), "Quelmar": ("state/quelmar", "State")}


def _crossings(events: tuple[Event, ...]) -> list[Event]:
    return [e for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The navy intercepted two boats carrying 93 people who were trying to reach Tarsova from Quelmar.", 93),
        ("Patrols stopped a boat with 48 migrants trying to sail to Tarsova from Quelmar on Friday.", 48),
        ("Sailors intercepted a dinghy transporting 31 people attempting to enter Tarsova from Quelmar.", 31),
    ],
)
def test_events_carried_attempts_people_aboard(nlp: Language, text: str, count: int) -> None:
    (ev,) = _crossings(named_events(nlp, text, NAMES, PUB))
    assert (ev.count, ev.destination, ev.origin) == (count, ("state/tarsova",), ("state/quelmar",))


@pytest.mark.parametrize(
    ("text", "count", "territory"),
    [
        ("The coast guard intercepted 120 migrants trying to reach Guam by sea.", 120, "region/guam"),
        (
            "Sailors stopped a boat carrying 31 people trying to travel to Martinique from Dominica.",
            31,
            "region/martinique",
        ),
    ],
)
def test_events_carried_attempts_into_a_territory(nlp: Language, text: str, count: int, territory: str) -> None:
    article = Article(id="t", text=text, source="test", published=PUB)
    doc = nlp(text)
    (ev,) = _crossings(find_events(doc, article, find_entities(doc, article), ()))
    assert (ev.count, ev.destination) == (count, (territory,))
