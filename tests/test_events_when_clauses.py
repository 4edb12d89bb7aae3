"""A figure in a "when" clause ("higher than in March, when 6,000 were counted") is of that time.

The time is the base of a comparison for the figure before it, and the date of the clause's own
figure. Every sentence is invented for the test, in two or more wordings. Entities are built by
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
    "Elm Bridge": ("checkpoint/elm-bridge", "Checkpoint"),
}


def _crossings(nlp: Language, text: str) -> dict[int | None, Event]:
    entities = entities_named(text, PLACES)
    events = find_events(nlp(text), Article(id="t", text=text, source="test", published=PUB), entities, ())
    return {e.count: e for e in events if e.type == "BorderCrossing"}


@pytest.mark.parametrize(
    ("text", "month"),
    [
        (
            "Guards counted 7,800 arrivals in Ruritania in April, 30 percent more than in March, "
            "when they counted 6,000 arrivals.",
            "2027-03",
        ),
        (
            "Some 7,800 people entered Ruritania in April. The figure is a third higher than in February, "
            "when monitors counted 6,000 new arrivals at Elm Bridge.",
            "2027-02",
        ),
        (
            "Some 7,800 people entered Ruritania in April. The total is 25 percent higher than in January, "
            "when the ministry's Border Monitoring Unit (BMU) teams counted 6,000 new arrivals at Elm Bridge.",
            "2027-01",
        ),
    ],
)
def test_events_when_clause_figure_takes_the_time_it_hangs_on(nlp: Language, text: str, month: str) -> None:
    found = _crossings(nlp, text)
    assert found[7800].date == "2027-04"
    assert found[6000].date == month
