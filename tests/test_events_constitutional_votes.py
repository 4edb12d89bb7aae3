"""A constitutional referendum is the whole state's vote: with no place in its sentence, it is held
in the state the text is about (named most, or filed from).

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import entities_named, named_events
from spacy.language import Language

from kg.extract.events import find_events
from kg.model import Article, Event

#: A Wednesday.
PUB = date(2026, 6, 10)

NAMES = {"Nordavia": ("state/nordavia", "State"), "Ostaria": ("state/ostaria", "State")}


def _votes(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "Referendum"]


@pytest.mark.parametrize(
    "text",
    [
        "Nordavia's cabinet met on Wednesday. Nordavia also thanked Ostaria for its help. The cabinet issued "
        "a decree that calls voters to the constitutional referendum on Sunday 8 November 2026.",
        "The cabinet of Nordavia met on Wednesday, and Nordavia named a new envoy to Ostaria. The "
        "constitutional referendum will be held on Sunday 8 November 2026.",
    ],
)
def test_constitutional_referendum_is_held_in_the_storys_state(nlp: Language, text: str) -> None:
    votes = _votes(nlp, text)
    assert [(v.place, v.date) for v in votes] == [(("state/nordavia",), "2026-11-08")]


def test_constitutional_referendum_is_held_in_the_publishers_state(nlp: Language) -> None:
    """A state's own release names its neighbour more often than itself: the publisher's name says
    whose vote it is."""
    names = {"Portugal": ("state/PT", "State"), "Spain": ("state/ES", "State")}
    text = (
        "Portugal thanked Spain for its help. Spain sent two planes, and Spain will send more next week. "
        "The constitutional referendum will be held on Sunday 8 November 2026."
    )
    article = Article(id="t", text=text, source="test", published=PUB, publisher="Government of Portugal")
    events = find_events(nlp(text), article, entities_named(text, names), ())
    assert [e.place for e in events if e.type == "Referendum"] == [("state/PT",)]
