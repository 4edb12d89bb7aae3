"""A number before ways across the text already knows ("through the three crossings", "at the two
crossings", "via both crossings") counts places, not people: it makes no flow of its own and does not
take the time of the people's figure: the period written after the ways is the people's.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2026, 9, 21)

NAMES = {"Norland": ("state/norland", "State"), "Tarnia": ("state/tarnia", "State")}


@pytest.mark.parametrize(
    ("text", "count", "period"),
    [
        (
            "Officials said 5,240 Tarnian nationals had been repatriated to Tarnia through the three crossings "
            "between 1 and 12 September.",
            5240,
            ("2026-09-01", "2026-09-12"),
        ),
        (
            "Over the weekend, 2,472 people came into Norland from Tarnia at the two crossings, police said.",
            2472,
            ("2026-09-19", "2026-09-20"),
        ),
        (
            "Officers said 1,973 people had entered Norland from Tarnia via both crossings between 14 and 18 "
            "September.",
            1973,
            ("2026-09-14", "2026-09-18"),
        ),
    ],
)
def test_a_number_of_known_ways_counts_no_one(nlp: Language, text: str, count: int, period: tuple[str, str]) -> None:
    flows = [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing"]
    assert [(e.count, e.start_date, e.end_date) for e in flows] == [(count, *period)]
