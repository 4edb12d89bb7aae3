"""Arrivals that name only where people came from ("212 X nationals have arrived by sea since
July") arrive where the story's other flows go: the origin state the sentence names is not a
second candidate destination that would leave the flow unplaced.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import entities_named
from spacy.language import Language

from kg.extract.events import find_events
from kg.model import Article

#: A Monday.
PUB = date(2026, 8, 24)

NAMES = {
    "Malta": ("state/MT", "State"),
    "Maltese": ("state/MT", "State"),
    "Andorra": ("state/AD", "State"),
    "Coast Watch": ("agency/coast-watch", "Agency"),
}


def _flows(nlp: Language, text: str) -> dict[int | None, tuple[tuple[str, ...], tuple[str, ...]]]:
    article = Article(id="t", text=text, source="test", published=PUB)
    events = find_events(nlp(text), article, entities_named(text, NAMES), ())
    return {e.count: (e.origin, e.destination) for e in events if e.type == "BorderCrossing"}


@pytest.mark.parametrize(
    "text",
    [
        "The Coast Watch says it stopped a boat with 41 people trying to reach Andorra early this morning. "
        "The passengers were taken to a reception centre. The Coast Watch says 212 Maltese nationals have "
        "arrived by sea since the start of July.",
        "Officers of the Coast Watch intercepted 41 migrants bound for Andorra on Sunday. Their boat was "
        "towed to port. Since January, 212 Maltese citizens have arrived, the Coast Watch said.",
    ],
)
def test_arrivals_named_by_their_origin_go_where_the_story_goes(nlp: Language, text: str) -> None:
    assert _flows(nlp, text)[212] == (("state/MT",), ("state/AD",))


def test_arrivals_with_no_flow_to_follow_stay_unplaced(nlp: Language) -> None:
    text = "The Coast Watch says 212 Maltese nationals have arrived by sea since the start of July."
    assert 212 not in _flows(nlp, text)
