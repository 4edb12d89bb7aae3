"""A rate set after its total ("registered another 3,900 arrivals in the first two weeks of May,
about 280 a day") covers the total's period, the last time written before it in the sentence.

Every sentence is invented for the test, in two or more wordings. Entities are built by hand so that
only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2024, 5, 20)
NAMES = {"Malta": ("state/MT", "State"), "Andorra": ("state/AD", "State")}


def _periods(nlp: Language, text: str) -> dict[int | None, tuple[str | None, str | None, str | None]]:
    events = named_events(nlp, text, NAMES, PUB)
    return {e.count: (e.start_date, e.end_date, e.per_time_unit) for e in events if e.type == "BorderCrossing"}


@pytest.mark.parametrize(
    "text",
    [
        "In the first two weeks of May alone, the agency registered another 4,200 arrivals from Andorra "
        "in Malta, about 300 a day.",
        "Between 1 and 14 May, 4,200 people crossed into Malta from Andorra, or roughly 300 a day.",
    ],
)
def test_events_rate_periods_from_the_total(nlp: Language, text: str) -> None:
    got = _periods(nlp, text)
    assert got[4200][:2] == ("2024-05-01", "2024-05-14")
    assert got[300] == ("2024-05-01", "2024-05-14", "day")
