"""A breakdown figure ("The busiest post was X, where 5,120 entered") covers its total's period.

Every sentence is invented for the test, each class in two or more wordings. Entities are built by
hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import entities_named
from spacy.language import Language

from kg.extract.events import find_events
from kg.model import Article, Event

#: A Monday in May.
PUB = date(2027, 5, 17)

PLACES = {
    "Ruritania": ("state/RU-X", "State"),
    "Borduria": ("state/BO-X", "State"),
    "Elm Bridge": ("checkpoint/elm-bridge", "Checkpoint"),
}


def _crossings(nlp: Language, text: str) -> dict[int | None, Event]:
    entities = entities_named(text, PLACES)
    events = find_events(nlp(text), Article(id="t", text=text, source="test", published=PUB), entities, ())
    return {e.count: e for e in events if e.type == "BorderCrossing"}


@pytest.mark.parametrize(
    "text",
    [
        "Between Friday and Sunday, guards cleared 12,400 travellers who entered Ruritania from Borduria.\n\n"
        "The busiest post was Elm Bridge, where 5,120 people entered Ruritania.",
        "Over the weekend, 12,400 people crossed into Ruritania, the border guard said. "
        "At Elm Bridge alone, 5,120 travellers entered Ruritania.",
    ],
)
def test_events_breakdowns_part_takes_the_period_of_its_total(nlp: Language, text: str) -> None:
    found = _crossings(nlp, text)
    assert found[12400].end_date == "2027-05-16"
    assert (found[5120].start_date, found[5120].end_date) == (found[12400].start_date, "2027-05-16")


@pytest.mark.parametrize(
    "text",
    [
        # larger than the dated figure: no part of it
        "On Saturday, 900 people crossed into Ruritania. At Elm Bridge, 5,120 travellers entered Ruritania.",
        # another destination: a figure of its own
        "On Saturday, 12,400 people crossed into Ruritania. At Elm Bridge, 5,120 travellers entered Borduria.",
        # two paragraph breaks away: another item
        "On Saturday, 12,400 people crossed into Ruritania.\n\nThe rain went on.\n\n"
        "At Elm Bridge, 5,120 travellers entered Ruritania.",
    ],
)
def test_events_breakdowns_leave_other_figures_undated(nlp: Language, text: str) -> None:
    part = _crossings(nlp, text)[5120]
    assert (part.date, part.start_date, part.end_date) == (None, None, None)
