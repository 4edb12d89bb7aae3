"""A rate told in the past after a stated period is that period's average and covers it, even a
paragraph or two later: a week's total, then a daily mean for one post that "averaged" some figure.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2026, 10, 14)

NAMES = {
    "Norland": ("state/norland", "State"),
    "Tarnia": ("state/tarnia", "State"),
    "Kessin": ("checkpoint/kessin", "Checkpoint"),
}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Between 5 and 11 October, 27,350 people crossed into Norland from Tarnia.\n\nMost came by road.\n\n"
            "Crossings into Norland through Kessin averaged about 2,685 a day.",
            2685,
        ),
        (
            "From 5 to 11 October the border service registered 12,640 entries into Norland from Tarnia.\n\n"
            "Queues were short.\n\nEntries into Norland via Kessin averaged 1,490 a day, officials said.",
            1490,
        ),
    ],
)
def test_a_past_rate_covers_the_period_before(nlp: Language, text: str, count: int) -> None:
    flow = next(e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing" and e.count == count)
    assert (flow.per_time_unit, flow.start_date, flow.end_date) == ("day", "2026-10-05", "2026-10-11")
