"""A figure for a month or year still running at publication starts on its first day.

"417 of them in October alone" in a report of 20 October counts from 1 October up to the report,
as "so far this year" counts from 1 January; before, such a figure kept the month as its date and
no period at all. A month that is over still covers its first to its last day, and one not yet
begun gets no period.

Every sentence here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2026, 10, 20)

NAMES = {
    "Norland": ("state/norland", "State"),
    "Tarnia": ("state/tarnia", "State"),
}


def _flow(nlp: Language, text: str, count: int):
    events = named_events(nlp, text, NAMES, PUB)
    return next(e for e in events if e.type == "BorderCrossing" and e.count == count)


@pytest.mark.parametrize(
    ("text", "count", "start"),
    [
        (
            "Since 1 January the guards have stopped 5,190 people trying to enter Norland from Tarnia, 417 of "
            "them in October alone.",
            417,
            "2026-10-01",
        ),
        ("Norland's police said 733 people had crossed into Norland from Tarnia in October.", 733, "2026-10-01"),
        ("The ministry said about 60,870 people had entered Norland from Tarnia in 2026.", 60870, "2026-01-01"),
    ],
)
def test_a_running_month_or_year_opens_the_period(nlp: Language, text: str, count: int, start: str) -> None:
    flow = _flow(nlp, text, count)
    assert (flow.start_date, flow.end_date) == (start, None)


def test_a_month_that_is_over_keeps_its_whole_period(nlp: Language) -> None:
    flow = _flow(nlp, "Norland's police said 687 people had crossed into Norland from Tarnia in September.", 687)
    assert (flow.start_date, flow.end_date) == ("2026-09-01", "2026-09-30")
