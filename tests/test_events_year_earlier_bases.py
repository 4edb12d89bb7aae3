"""A baseline set "a year earlier" with no "same period" covers the first figure's period a year back.

"About 85 a day between 4 and 17 May, against 210 daily twelve months before": the 210 counts those
days of May a year before. Before, only a "same period" phrase set a year back moved the
baseline, and a bare "one year earlier" left it with the first figure's own period, or none when a
day of the month ("between 1 and 21 March") stood between the two figures.

Every sentence here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2026, 5, 25)

NAMES = {"Norland": ("state/norland", "State"), "Tarnia": ("state/tarnia", "State")}


@pytest.mark.parametrize(
    ("text", "count", "period"),
    [
        (
            "Norland's migration office said about 85 people a day entered Norland from Tarnia irregularly "
            "between 4 and 17 May, against 210 daily twelve months before.",
            210,
            ("2025-05-04", "2025-05-17"),
        ),
        (
            "Border guards stopped 1,480 people trying to enter Norland from Tarnia between 1 and 21 March, up "
            "from 970 one year earlier.",
            970,
            ("2025-03-01", "2025-03-21"),
        ),
    ],
)
def test_a_baseline_a_year_earlier_takes_the_period_a_year_back(
    nlp: Language, text: str, count: int, period: tuple[str, str]
) -> None:
    (base,) = [e for e in named_events(nlp, text, NAMES, PUB) if e.count == count]
    assert (base.start_date, base.end_date) == period
