"""A counted call-up that names no one who calls it and no place ("Under the decree, N citizens will
be called up", "a call-up of at most N reservists") is the act of the state the text is filed from
(or names most): a call-up is a state's act. An uncounted mention ("Is this a mobilization?") stays
without one.

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

#: A Wednesday.
PUB = date(2026, 6, 10)

NAMES = {
    "Brevania": ("state/brevania", "State"),
    "Ostrelia": ("state/ostrelia", "State"),
}


def _callups(nlp: Language, text: str) -> list[Event]:
    text = "PELLAN, Brevania, 10 June 2026 - " + text
    article = Article(id="t", text=text, source="test", published=PUB)
    events = find_events(nlp(text), article, entities_named(text, NAMES), ())
    return [e for e in events if e.type == "Mobilization"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Brevania published the order on Monday. Under it, 7,350 men aged 19 to 26 will be called up "
            "from 1 July to 30 September.",
            7350,
        ),
        (
            "The cabinet of Brevania met on Monday. A second article sets a call-up of at most 1,640 reservists "
            "for refresher courses.",
            1640,
        ),
    ],
)
def test_a_counted_call_up_with_no_caller_is_the_home_state_s(nlp: Language, text: str, count: int) -> None:
    (callup,) = _callups(nlp, text)
    assert callup.agent == ("state/brevania",)
    assert count in (callup.count, callup.count_max)


def test_an_uncounted_mention_of_mobilization_has_no_caller(nlp: Language) -> None:
    text = "A reporter from Ostrelia asked: is this a mobilization? The minister said no."
    assert all(not c.agent for c in _callups(nlp, text))
