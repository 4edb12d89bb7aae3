"""People counted visiting a country are arrivals there ("last year 650,000 tourists from X visited
Y"), no visit of state; a named side's visit stays a visit.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Wednesday.
PUB = date(2026, 6, 10)

NAMES = {
    "Varnolia": ("state/varnolia", "State"),
    "Ostmark": ("state/ostmark", "State"),
    "Lena Brask": ("person/lena-brask", "Person"),
}


def _events(nlp: Language, text: str) -> list[Event]:
    return list(named_events(nlp, text, NAMES, PUB))


@pytest.mark.parametrize(
    "text",
    [
        "Last year 650,000 tourists visited Varnolia, most of them from Ostmark.",
        "According to the tourism board, some 650,000 travellers visited Varnolia in 2025.",
    ],
)
def test_people_counted_visiting_a_country_arrive_there(nlp: Language, text: str) -> None:
    events = _events(nlp, text)
    (flow,) = [e for e in events if e.type == "BorderCrossing"]
    assert flow.count == 650000
    assert flow.destination == ("state/varnolia",)
    assert not [e for e in events if e.label.startswith("Visit")]


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Lena Brask visited Varnolia on Monday.",
        "Lena Brask, the Foreign Minister of Ostmark, visited Varnolia on Monday for a round of talks.",
    ],
)
def test_a_named_visitor_pays_a_visit(nlp: Language, text: str) -> None:
    events = _events(nlp, text)
    assert [e.label for e in events if e.label.startswith("Visit")]
    assert not [e for e in events if e.type == "BorderCrossing"]
