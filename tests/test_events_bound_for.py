""" "Bound for X" names a crossing's destination ("45 migrants bound for X were stopped", "left Y on
boats bound for X", "X-bound boats"); the state whose force stopped them, when another, is where
they left from.

Every sentence and name is invented for the test (the states are real, for their names), each class
in two or more wordings. Entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import entities_named
from spacy.language import Language

from kg.extract.events import find_events
from kg.model import Article, Event

#: A Monday in May.
PUB = date(2027, 5, 17)

NAMES = {
    "Ruritania": ("state/RU-X", "State"),
    "Borduria": ("state/BO-X", "State"),
    "Elm Bridge": ("checkpoint/elm-bridge", "Checkpoint"),
    "Palau": ("state/PW", "State"),
    "Palau Coast Guard": ("agency/palau-coast-guard", "Agency"),
}


def _crossing(nlp: Language, text: str) -> Event:
    entities = entities_named(text, NAMES)
    events = find_events(nlp(text), Article(id="t", text=text, source="test", published=PUB), entities, ())
    (ev,) = [e for e in events if e.type == "BorderCrossing"]
    return ev


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Police stopped 60 people bound for Ruritania at Elm Bridge on Saturday.", 60),
        ("Some 600 migrants left Borduria on boats bound for Ruritania last week.", 600),
    ],
)
def test_events_bound_for_names_the_destination(nlp: Language, text: str, count: int) -> None:
    ev = _crossing(nlp, text)
    assert (ev.count, ev.destination) == (count, ("state/RU-X",))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("On Sunday, 45 migrants bound for Ruritania were stopped at sea by the Palau Coast Guard.", 45),
        ("The Palau Coast Guard intercepted two Ruritania-bound boats carrying 70 people.", 70),
    ],
)
def test_events_bound_for_stopped_by_another_state_left_it(nlp: Language, text: str, count: int) -> None:
    ev = _crossing(nlp, text)
    assert (ev.count, ev.destination, ev.origin) == (count, ("state/RU-X",), ("state/PW",))
