"""People stopped after they "entered the country" along, across or near a border named by a state
("the Xian border"): the country is the one the text is about, the state the border is named by
the side they came from. Without "the country" a border named by a state stays the state entered
("turned back at the Xian border").

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

PUB = date(2026, 8, 12)

NAMES = {
    "Norvalia": ("state/norvalia", "State"),
    "Tarnian": ("state/tarnia", "State"),
}

#: A first sentence that makes Norvalia the state the story is about.
OPENING = "Norvalia tightened patrols this summer, the interior ministry of Norvalia said. "


def _crossings(nlp: Language, text: str) -> list[Event]:
    article = Article(id="t", text=text, source="test", published=PUB)
    found = entities_named(text, NAMES)
    return [e for e in find_events(nlp(text), article, found, ()) if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        (
            "Since the start of this year, rangers have intercepted 417 people who entered the country "
            "unlawfully along the Tarnian border.",
            417,
        ),
        (
            "Last week officers detained 57 foreigners who had entered the country unlawfully near the Tarnian border.",
            57,
        ),
        ("Patrols stopped 96 migrants who crossed into the country across the Tarnian frontier on Sunday.", 96),
    ],
)
def test_the_country_entered_along_a_named_border_is_the_story_state(nlp: Language, sentence: str, count: int) -> None:
    (ev,) = [e for e in _crossings(nlp, OPENING + sentence) if e.count == count]
    assert ev.destination[0] == "state/norvalia"
    assert "state/tarnia" in ev.origin


def test_a_border_named_by_a_state_without_the_country_stays_the_state_entered(nlp: Language) -> None:
    text = OPENING + "Police said 35 people were turned back at the Tarnian border on Monday."
    (ev,) = [e for e in _crossings(nlp, text) if e.count == 35]
    assert ev.destination[0] == "state/tarnia"
