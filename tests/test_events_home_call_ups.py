"""A counted call-up that names no caller and no place ("N conscripts will be called up under the
new rules") is the call-up of the state the text is about; an uncounted one ("a mobilization of
reservists?") gains no place.

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

PUB = date(2026, 9, 29)

NAMES = {
    "Quellmark": ("state/quellmark", "State"),
    "Ostrelia": ("state/ostrelia", "State"),
}


def _call_ups(nlp: Language, text: str) -> list[Event]:
    article = Article(id="t", text=text, source="test", published=PUB)
    events = find_events(nlp(text), article, entities_named(text, NAMES), ())
    return [e for e in events if e.type == "Mobilization"]


@pytest.mark.parametrize(
    "text",
    [
        "The president of Quellmark signed the autumn decree today. Some 7,260 conscripts will be called up "
        "between October and December under the new rules. Officials in Quellmark expect no delays.",
        "Quellmark is tightening its border with Ostrelia. Another 515 reservists were called up on Friday "
        "for a month of exercises, officials in Quellmark said.",
    ],
)
def test_a_counted_call_up_with_no_caller_is_the_story_state(nlp: Language, text: str) -> None:
    call_ups = _call_ups(nlp, text)
    assert call_ups
    assert all(c.place == ("state/quellmark",) for c in call_ups)


def test_a_call_up_with_its_caller_keeps_it(nlp: Language) -> None:
    text = "Ostrelia called up 2,000 reservists on Monday. Quellmark and Quellmark's allies watched closely."
    (call_up,) = _call_ups(nlp, text)
    assert call_up.agent == ("state/ostrelia",)
    assert "state/quellmark" not in call_up.place
