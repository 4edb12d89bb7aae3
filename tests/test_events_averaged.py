"""A flow noun that "averages" a figure is counted by it, as one that totals or reaches it: "Arrivals
now average about 285 a day, compared with some 62 a day in April", "Crossings averaged 415 a day
last week", "Entries into X averaged 330 a day in May". The figures are rates of the flow the
sentence or the one before places.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

PUB = date(2026, 6, 10)

NAMES = {"Norvalia": ("state/norvalia", "State"), "Tarnia": ("state/tarnia", "State")}


def _rates(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderCrossing" and e.per_time_unit == "day"]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "More than 6,300 people from Tarnia have arrived in Norvalia since 1 May. Arrivals now average "
            "about 285 a day, compared with some 62 a day in April.",
            [285, 62],
        ),
        (
            "Since March, 8,450 people have crossed into Norvalia from Tarnia. Crossings averaged 415 a day last week.",
            [415],
        ),
        ("Entries into Norvalia averaged 330 a day in May.", [330]),
    ],
)
def test_a_flow_that_averages_a_figure_is_counted_by_it(nlp: Language, text: str, counts: list[int]) -> None:
    rates = _rates(nlp, text)
    assert sorted(e.count or 0 for e in rates) == sorted(counts)
    assert all(e.destination == ("state/norvalia",) for e in rates)


def test_the_rate_of_a_named_month_covers_it(nlp: Language) -> None:
    (rate,) = _rates(nlp, "Entries into Norvalia averaged 330 a day in May.")
    assert (rate.start_date, rate.end_date) == ("2026-05-01", "2026-05-31")
