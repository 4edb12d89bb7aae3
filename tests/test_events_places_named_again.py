"""A one-word place the tagger missed at one mention, named the same elsewhere in the text, is
that place: "2,140 migrants have entered X by boat" after "sent officers to X" arrives in X.

Every sentence is invented for the test, in two or more wordings. Entities are built by hand with
the town's later mention left out, as the tagger leaves it out when it reads the name as an adverb.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract.events import find_events
from kg.model import Article, Entity, Span

PUB = date(2024, 10, 2)


def _destinations(nlp: Language, text: str) -> dict[int | None, tuple[str, ...]]:
    first = text.index("Kelmora")
    town = Entity("settlement/kelmora", "Settlement", "Kelmora", (Span(first, first + 7, "Kelmora"),))
    article = Article(id="t", text=text, source="test", published=PUB)
    events = find_events(nlp(text), article, (town,), ())
    return {e.count: e.destination for e in events if e.type == "BorderCrossing"}


@pytest.mark.parametrize(
    "text",
    [
        "The ministry sent 80 more officers to Kelmora on Monday. "
        "So far this year, 2,730 migrants have entered Kelmora illegally by boat.",
        "Officers were sent to Kelmora last week. This year 2,730 migrants reached Kelmora by boat.",
    ],
)
def test_events_places_named_again_is_the_destination(nlp: Language, text: str) -> None:
    assert _destinations(nlp, text).get(2730) == ("settlement/kelmora",)


def test_events_places_named_again_needs_the_same_spelling(nlp: Language) -> None:
    text = "Officers were sent to Kelmora last week. This year 2,730 migrants reached Kelmoran waters."
    assert 2730 not in _destinations(nlp, text)
