"""Orders and measures dated by the day they take effect, on invented sentences:

- "with effect from today", "from tomorrow": the period opens that day (a start, no one-day date);
- "with immediate effect", "effective immediately": the measure takes effect the day it is issued,
  the report's day;
- "with effect from Wednesday", "effective Thursday": the nearest such weekday, so an order issued on
  a Tuesday "with effect from Wednesday" starts the next day, while a plain "from Friday" still reads
  back to the last Friday.

The event tests build their entities by hand so that only the reading of time is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.extract.timex import find_times

#: A Wednesday.
PUB = date(2026, 6, 17)

NAMES = {
    "Ostravel": ("state/ostravel", "State"),
    "Brenmoor": ("region/brenmoor", "Region"),
    "Halden Pass": ("checkpoint/halden-pass", "Checkpoint"),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the curfew applies with effect from today", (None, "2026-06-17", None)),
        ("From tomorrow the ferry will sail twice a day.", (None, "2026-06-18", None)),
        ("the order applies with immediate effect", ("2026-06-17", None, None)),
        ("Night traffic is banned, effective immediately.", ("2026-06-17", None, None)),
        ("the new rota applies with effect from Thursday", (None, "2026-06-18", None)),
        ("the lane is reserved for buses with effect from Monday", (None, "2026-06-15", None)),
        ("tolls are waived effective Friday", (None, "2026-06-19", None)),
        ("the ferry has sailed from Friday", (None, "2026-06-12", None)),
    ],
)
def test_timex_taking_effect_dates(text: str, expected: tuple[str | None, str | None, str | None]) -> None:
    (t,) = find_times(text, PUB)
    assert (t.date, t.start_date, t.end_date) == expected


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Another 135 soldiers are being moved to Brenmoor with effect from today, the defence minister said.",
            "2026-06-17",
        ),
        ("From tomorrow, some 135 extra police officers will reinforce Brenmoor.", "2026-06-18"),
        (
            "The chief of police is sending 135 additional officers to Brenmoor with effect from Thursday,"
            " his office said.",
            "2026-06-18",
        ),
    ],
)
def test_events_deployment_starts_when_the_order_takes_effect(nlp: Language, text: str, start: str) -> None:
    events = [e for e in named_events(nlp, text, NAMES, PUB) if e.count == 135]
    assert events, "the deployment is found"
    assert all((e.start_date, e.date) == (start, None) for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Ostravel has decided to send 135 more border guards to Brenmoor with immediate effect.",
        "Effective immediately, 135 additional soldiers are being sent to Brenmoor, the army said.",
    ],
)
def test_events_deployment_with_immediate_effect_is_the_report_day(nlp: Language, text: str) -> None:
    events = [e for e in named_events(nlp, text, NAMES, PUB) if e.count == 135]
    assert events, "the deployment is found"
    assert all(e.date == "2026-06-17" for e in events)


def test_events_closure_with_effect_from_today_starts_today(nlp: Language) -> None:
    text = "Ostravel closed the Halden Pass crossing to all traffic with effect from today."
    (closure,) = [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderClosure"]
    assert closure.start_date == "2026-06-17"
