"""A reporting period stated once covers the figures after it that give no time of their own:
"In the week from 5 to 11 June, ... The busiest crossing point was X, through which 4,100
passed", "The operation ran from 1 to 11 June ... During those eleven days officers detained 180".
A time stated in between (a day, "since January") stops the carrying.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Tuesday.
PUB = date(2023, 6, 13)

NAMES = {
    "Nordavia": ("state/nordavia", "State"),
    "Ostaria": ("state/ostaria", "State"),
    "Tolmaz": ("checkpoint/tolmaz", "Checkpoint"),
}


def _crossings(nlp: Language, text: str) -> list[Event]:
    text = "Nordavia, 13 June 2023 - " + text
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderCrossing"]


def _count(events: list[Event], count: int) -> Event:
    return next(e for e in events if e.count == count)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "In the week from Monday, 5 June to Sunday, 11 June, border guards checked 9,000 travellers entering"
            " Nordavia. The busiest crossing point was Tolmaz, through which 4,100 travellers passed into Nordavia.",
            "2023-06-05",
        ),
        (
            "The operation ran from 1 to 11 June along the border with Ostaria. During those eleven days officers"
            " detained 4,100 people who had crossed the border from Ostaria.",
            "2023-06-01",
        ),
        (
            "From 2 to 11 June, 9,000 travellers entered Nordavia, the border guard said. Officers were posted at"
            " every crossing point. Of the travellers, most came by car, and 4,100 migrants entered Nordavia on foot.",
            "2023-06-02",
        ),
    ],
)
def test_a_figure_with_no_time_covers_the_period_stated_before(nlp: Language, text: str, start: str) -> None:
    later = _count(_crossings(nlp, text), 4100)
    assert (later.start_date, later.end_date) == (start, "2023-06-11")


@pytest.mark.parametrize(
    "text",
    [
        "From 1 to 11 June, 9,000 travellers entered Nordavia. On Monday, 300 entered Nordavia through Tolmaz."
        " About 4,100 migrants entered Nordavia through Tolmaz last year.",
        "From 1 to 11 June, 9,000 travellers entered Nordavia. Since January, 70,000 people have entered"
        " Nordavia. About 4,100 came through Tolmaz.",
    ],
)
def test_a_figure_after_another_time_keeps_its_own(nlp: Language, text: str) -> None:
    later = _count(_crossings(nlp, text), 4100)
    assert later.end_date != "2023-06-11"
