"""A bare "during the week", "in the month" or "over the quarter" names how long its stretch is, so it
finds the week, month or quarter stated earlier even with other times between ("since the start of
the year", "on Thursday", "from 1 November"), and a running total stated between is no whole it
breaks down: its figure covers the stretch, not the total's open period.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

NAMES = {
    "Norland": ("state/norland", "State"),
    "Tarnia": ("state/tarnia", "State"),
    "Kessin": ("checkpoint/kessin", "Checkpoint"),
}


@pytest.mark.parametrize(
    ("text", "published", "count", "period"),
    [
        (
            "Patrols logged 4,730 arrivals into Norland from Tarnia between 5 and 11 October. For the year to "
            "date that makes 64,700. Kessin gets new scanners on Thursday, with more due from 1 November. Sea "
            "crossings added to the picture: the coast guard said 658 people had reached Norland from Tarnia by "
            "boat during the week.",
            date(2026, 10, 14),
            658,
            ("2026-10-05", "2026-10-11"),
        ),
        (
            "Between July and September, 11,530 people entered Norland from Tarnia, and 48,200 so far this year. "
            "The minister tours the frontier on Friday; talks with Tarnia resume on 3 November. Over the quarter, "
            "1,185 people reached Norland from Tarnia by sea, officials said.",
            date(2026, 10, 20),
            1185,
            ("2026-07-01", "2026-09-30"),
        ),
        (
            "From 14 to 20 September, 9,460 people crossed into Norland from Tarnia at Kessin. Since March, "
            "57,300 have crossed there. Road repairs begin on Monday. In the week, 419 people also entered "
            "Norland from Tarnia on foot through the forest, police said.",
            date(2026, 9, 23),
            419,
            ("2026-09-14", "2026-09-20"),
        ),
    ],
)
def test_a_bare_stretch_finds_the_stretch_it_names(
    nlp: Language, text: str, published: date, count: int, period: tuple[str, str]
) -> None:
    events = named_events(nlp, text, NAMES, published)
    flow = next(e for e in events if e.type == "BorderCrossing" and e.count == count)
    assert (flow.start_date, flow.end_date) == period


def test_the_same_week_after_a_month_keeps_the_totals_week(nlp: Language) -> None:
    """ "the same week" is no bare stretch: the figure still splits the week's total before it, not the
    month its sentence compares with."""
    text = (
        "Last week, 8,130 people went back from Norland to Tarnia, against roughly 1,330 a day in May. A "
        "further 1,612 went back to Tarnia through Kessin in the same week."
    )
    events = named_events(nlp, text, NAMES, date(2026, 6, 10))
    flow = next(e for e in events if e.type == "BorderCrossing" and e.count == 1612)
    assert (flow.start_date, flow.end_date) == ("2026-06-01", "2026-06-07")
