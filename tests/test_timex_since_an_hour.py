"""An hour with no day named after "since" ("closed since noon", "shelling since dawn") is the
report's day, as "since this morning" is; "since noon on Friday" is that Friday.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.extract.timex import find_times

#: A Monday.
PUB = date(2026, 6, 8)

NAMES = {"Dunmore": ("checkpoint/dunmore", "Checkpoint"), "Kesselmark": ("state/kesselmark", "State")}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The crossing has been closed since noon.", "2026-06-08"),
        ("Shelling has continued since dawn, officials said.", "2026-06-08"),
        ("Queues have grown since midday.", "2026-06-08"),
        ("The crossing has been closed since noon on Friday.", "2026-06-05"),
    ],
)
def test_timex_since_an_hour_is_the_reports_day(text: str, day: str) -> None:
    (time,) = find_times(text, PUB, 0)
    assert time.date == day


@pytest.mark.parametrize(
    "text",
    [
        "The Dunmore checkpoint, the main crossing to Kesselmark, has been closed since noon.",
        "Our correspondent reports that the Dunmore checkpoint has been shut since daybreak.",
    ],
)
def test_timex_since_an_hour_starts_a_closure_today(nlp: Language, text: str) -> None:
    events = named_events(nlp, text, NAMES, PUB)
    (closure,) = [e for e in events if e.type == "BorderClosure"]
    assert closure.start_date == "2026-06-08"
