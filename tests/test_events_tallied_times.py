"""A flow counted as "an average of" or "a total of" takes the time of the verb that counts it, the
time written before the verb or after it. The counted noun hangs on the average, the average on the
verb, and the time on the verb.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2026, 6, 17)

NAMES = {"Norland": ("state/norland", "State"), "Tarnia": ("state/tarnia", "State")}


@pytest.mark.parametrize(
    ("text", "count", "period"),
    [
        (
            "Roughly 3,860 people fled into Norland from Tarnia at the weekend. From 1 June, army units "
            "registered an average of 293 arrivals a day.",
            293,
            ("2026-06-01", None),
        ),
        (
            "Tarnian families kept coming into Norland from Tarnia, 1,745 of them by Sunday night. Over the "
            "week from 2 to 8 June, the border service logged an average of 167 entries a day.",
            167,
            ("2026-06-02", "2026-06-08"),
        ),
        (
            "Roughly 3,860 people fled into Norland from Tarnia at the weekend. Patrols have recorded an "
            "average of 353 arrivals a day since the start of June.",
            353,
            ("2026-06-01", None),
        ),
    ],
)
def test_a_tallied_flow_takes_its_counting_verbs_time(nlp: Language, text: str, count: int, period: tuple) -> None:
    events = named_events(nlp, text, NAMES, PUB)
    rate = next(e for e in events if e.type == "BorderCrossing" and e.count == count)
    assert rate.per_time_unit == "day"
    assert (rate.start_date, rate.end_date) == period
