"""An election placed and dated by the verb that tells it happens: "elections will be held in X on
DATE", "the runoff will take place in X", "elections took place in X last Sunday".

Every story here is invented for the test, in two or more wordings, with a near miss that must
stay silent. Entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import entities_named
from spacy.language import Language

from kg.extract.events import find_events
from kg.model import Article, Event

#: A Thursday.
PUB = date(2023, 6, 15)
NAMES = {"Tarvosia": ("state/tarvosia", "State"), "Norland": ("state/norland", "State")}


def _elections(nlp: Language, text: str) -> list[Event]:
    article = Article(id="t", text=text, source="test", published=PUB)
    events = find_events(nlp(text), article, entities_named(text, NAMES), ())
    return [e for e in events if e.label.startswith("Election")]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Presidential elections will be held in Tarvosia on 9 July.", "2023-07-09"),
        ("Parliamentary elections will take place in Tarvosia on 9 July.", "2023-07-09"),
        ("The presidential runoff will take place in Tarvosia on 9 July.", "2023-07-09"),
        ("Local elections took place peacefully in Tarvosia last Sunday, observers said.", "2023-06-11"),
    ],
)
def test_events_elections_held_placed_and_dated_by_their_verb(nlp: Language, text: str, day: str) -> None:
    (ev,) = _elections(nlp, text)
    assert (ev.place, ev.date) == (("state/tarvosia",), day)


def test_events_elections_held_nothing_placed_is_no_election(nlp: Language) -> None:
    assert _elections(nlp, "The elections will take place on 9 July.") == []
