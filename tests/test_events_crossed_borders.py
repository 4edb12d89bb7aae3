"""A release counts the people who "crossed the state border of X" (or "X's border", "the Xian
border"): the border a state names is that state's, and the flow over it, its direction unsaid, is
counted by that state. The figure was dropped because the border, a way across, named no
destination. A border two states name ("the X-Y border") or one shared with another ("the border
with Y") leaves the side unsaid.

Every sentence is invented for the test (the states are real, for their names), each class in
two or more wordings. Entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import entities_named
from spacy.language import Language

from kg.extract.events import find_events
from kg.model import Article, Event

#: A Tuesday in June.
PUB = date(2027, 6, 8)

NAMES = {
    "Andorra": ("state/AD", "State"),
    "San Marino": ("state/SM", "State"),
    "Luxembourg": ("state/LU", "State"),
}


def _crossings(nlp: Language, text: str) -> list[Event]:
    entities = entities_named(text, NAMES)
    events = find_events(nlp(text), Article(id="t", text=text, source="test", published=PUB), entities, ())
    return [e for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The police said 14,620 people crossed the state border of Andorra last week.", 14620),
        ("Over the long weekend, 14,620 people and 4,105 vehicles crossed the border of Andorra.", 14620),
        ("Officers said 14,620 travellers crossed Andorra's border between Friday and Monday.", 14620),
        ("Officers said 14,620 travellers crossed the Andorran border between Friday and Monday.", 14620),
    ],
)
def test_crossing_the_border_a_state_names_is_counted_by_that_state(nlp: Language, text: str, count: int) -> None:
    (ev,) = _crossings(nlp, text)
    assert (ev.count, ev.destination) == (count, ("state/AD",))


def test_people_from_the_state_whose_border_they_crossed_left_it(nlp: Language) -> None:
    text = "Some 3,900 people from Andorra crossed the Andorran border into Luxembourg on Sunday."
    (ev,) = _crossings(nlp, text)
    assert ev.destination == ("state/LU",)


@pytest.mark.parametrize(
    "text",
    [
        "The police said 14,620 people crossed the border between Andorra and San Marino last week.",
        "The police said 14,620 people crossed the border with San Marino last week.",
    ],
)
def test_a_border_of_two_states_names_no_side(nlp: Language, text: str) -> None:
    assert all(ev.destination != ("state/AD",) for ev in _crossings(nlp, text))
