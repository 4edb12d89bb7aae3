"""A patrol body that tells its own stops of boats in the passive ("the X Coast Guard reports that
five skiffs were intercepted at Y") is their doer, as "the X Coast Guard intercepted five skiffs" says
outright. A person or a state telling such a stop names no doer, and no stop is read.

Every sentence here is invented for the test; entities are built by hand so that only event
reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

NAMES = {
    "Tarnland": ("state/TL", "State"),
    "Kelmet Reef": ("place/kelmet-reef", "Place"),
    "Tarnland Coast Guard": ("agency/tarnland-coast-guard", "Agency"),
    "Ilse Marne": ("person/ilse-marne", "Person"),
}


def _stops(nlp: Language, text: str) -> list:
    return [e for e in named_events(nlp, text, NAMES, date(2026, 6, 16)) if e.label.startswith("Interception")]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "PRESENTER: During Sunday's gale, the Tarnland Coast Guard announced, seven dinghies had been "
            "intercepted in the shallows at Kelmet Reef.",
            7,
        ),
        (
            "NEWSREADER: The Tarnland Coast Guard reports that five skiffs were intercepted at Kelmet Reef last night.",
            5,
        ),
    ],
)
def test_a_body_telling_its_stops_in_the_passive_made_them(nlp: Language, text: str, count: int) -> None:
    (stop,) = _stops(nlp, text)
    assert stop.count == count
    assert stop.agent == ("agency/tarnland-coast-guard",)
    assert stop.place == ("place/kelmet-reef",)


def test_a_person_telling_a_passive_stop_names_no_doer(nlp: Language) -> None:
    text = "PRESENTER: Ilse Marne told us that seven dinghies had been intercepted in the shallows at Kelmet Reef."
    assert _stops(nlp, text) == []
