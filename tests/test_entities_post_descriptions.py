""" "The post" a few sentences after a named crossing is that crossing ("Traffic at the X crossing
is normal again. For three days the post was shut to lorries."), so that what
the text says of it (a closure) is said of the crossing. A post far from any crossing, or a post
held ("resigned from the post"), names no crossing.

Every text here is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.events import find_events
from kg.model import Article, Entity


def _entities(nlp: Language, text: str) -> tuple[Entity, ...]:
    return find_entities(nlp(text), Article(id="t", text=text, source="test"))


def _checkpoint_mentions(nlp: Language, text: str) -> list[str]:
    return [m.text.lower() for e in _entities(nlp, text) if e.type == "Checkpoint" for m in e.mentions]


@pytest.mark.parametrize(
    "text",
    [
        "Queues at the Orlask crossing have cleared. For three days last week the post was shut to lorries.",
        "Lorries queued at the Orlask checkpoint for hours. The post reopened to cars on Friday.",
    ],
)
def test_the_post_after_a_crossing_is_that_crossing(nlp: Language, text: str) -> None:
    assert "the post" in _checkpoint_mentions(nlp, text)


def test_a_closure_of_the_post_closes_the_crossing(nlp: Language) -> None:
    text = "Queues at the Orlask crossing have cleared. The post had been closed since Friday."
    doc = nlp(text)
    article = Article(id="t", text=text, source="test")
    events = find_events(doc, article, find_entities(doc, article), ())
    closures = [e for e in events if e.type == "BorderClosure"]
    assert closures and all(len(e.target) == 1 and e.target[0].startswith("checkpoint/") for e in closures)


def test_a_post_held_or_far_from_a_crossing_is_no_crossing(nlp: Language) -> None:
    far = "Queues at the Orlask crossing have cleared. " + "The weather stayed mild all week. " * 14
    assert "the post" not in _checkpoint_mentions(nlp, far + "The post was quiet on Sunday.")
    assert "the post" not in _checkpoint_mentions(nlp, "Minister Ana Roe resigned from the post of minister.")
