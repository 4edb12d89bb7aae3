"""A number before ways across the text already knows ("through the three crossings", "at the two
crossings", "via both crossings") counts places, not people: it makes no flow of its own and does not
take the time of the people's figure ("5,120 were sent back through the three crossings in the first
two weeks of September": the two weeks are the 5,120's).

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
            "Officials said 5,120 Tarnian nationals without papers were repatriated to Tarnia through the three "
            "crossings in the first two weeks of September.",
            5120,
            ("2026-09-01", "2026-09-14"),
        ),
        (
            "Over the weekend, 4,300 people came into Norland from Tarnia at the two crossings, police said.",
            4300,
            ("2026-09-19", "2026-09-20"),
        ),
        (
            "Officers said 1,950 people had entered Norland from Tarnia via both crossings between 14 and 18 "
            "September.",
            1950,
            ("2026-09-14", "2026-09-18"),
        ),
    ],
)
def test_a_number_of_known_ways_counts_no_one(nlp: Language, text: str, count: int, period: tuple[str, str]) -> None:
    flows = [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing"]
    assert [(e.count, e.start_date, e.end_date) for e in flows] == [(count, *period)]
