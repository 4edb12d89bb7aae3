"""A figure after a crossing continues it only while it still counts the flow: people whose own
verb tells another fate (still unaccounted for, passed on to the prosecutor, later requesting
protection) and the days of a date ("on 11 and 12 June") are no
further crossing; "Of them, N were children" and "A further N were registered" still are.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Monday.
PUB = date(2026, 3, 9)

NAMES = {
    "Ostrelia": ("state/ostrelia", "State"),
    "Quellmark": ("state/quellmark", "State"),
    "Coast Watch": ("agency/coast-watch", "Agency"),
    "Brenholt": ("settlement/brenholt", "Settlement"),
    "Kastavel": ("settlement/kastavel", "Settlement"),
}

FIRST = "The Coast Watch said 140 people arrived in Ostrelia from Quellmark by boat on Saturday. "


def _counts(nlp: Language, text: str) -> list[int | None]:
    events: tuple[Event, ...] = named_events(nlp, text, NAMES, PUB)
    return sorted(e.count for e in events if e.type == "BorderCrossing" and e.count is not None)


@pytest.mark.parametrize(
    "follow_up",
    [
        "Five passengers are still missing after the dinghy sank.",
        "Eight men were passed on to the prosecutor in Brenholt.",
        "Of these, 60 later applied for protection in Brenholt.",
        "Twelve of them drowned when a second boat overturned.",
        "Extra ferries will run between Brenholt and Ostrelia on 11 and 12 June.",
        "The Coast Watch will hold exercises near Kastavel on 11 and 12 June.",
    ],
)
def test_a_figure_of_another_fate_is_no_crossing(nlp: Language, follow_up: str) -> None:
    assert _counts(nlp, FIRST + follow_up) == [140]


@pytest.mark.parametrize(
    ("follow_up", "counts"),
    [
        ("Of them, 60 were children.", [60, 140]),
        ("A further 60 were registered on Sunday.", [60, 140]),
        ("The week before the figure was 95.", [95, 140]),
    ],
)
def test_a_figure_that_still_counts_the_flow_continues_it(nlp: Language, follow_up: str, counts: list[int]) -> None:
    assert _counts(nlp, FIRST + follow_up) == counts
