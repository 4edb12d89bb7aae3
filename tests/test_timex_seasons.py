"""Seasons as periods: "over the winter", "during the summer months", "this autumn", "last spring".

A season is the northern hemisphere's meteorological one (winter December-February); "the" and
"this" name the latest one begun by publication, "last" the latest one over; one still running has
a start only. "In summer" alone and "the summer timetable" name no time.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.extract.timex import find_times


@pytest.mark.parametrize(
    ("text", "published", "period"),
    [
        ("Ferry bookings over the winter were the highest on record.", date(2026, 3, 10), ("2025-12-01", "2026-02-28")),
        ("Lorry numbers on the bridge rose during the summer months.", date(2026, 10, 2), ("2026-06-01", "2026-08-31")),
        ("Last spring the valley road was shut twice.", date(2026, 9, 1), ("2026-03-01", "2026-05-31")),
        ("Last summer the queues ran for miles.", date(2026, 7, 20), ("2025-06-01", "2025-08-31")),
        ("This autumn the post has stayed open at night.", date(2026, 10, 15), ("2026-09-01", None)),
        ("Visits have doubled since the winter.", date(2026, 4, 1), ("2025-12-01", None)),
    ],
)
def test_a_season_is_a_period(text: str, published: date, period: tuple[str, str | None]) -> None:
    (t,) = find_times(text, published)
    assert (t.start_date, t.end_date) == period


@pytest.mark.parametrize(
    "text",
    [
        "The pass is often closed in winter.",
        "In the summer it is too hot to work.",
        "The summer timetable starts soon.",
    ],
)
def test_a_habit_or_a_thing_of_the_season_is_no_time(text: str) -> None:
    assert find_times(text, date(2026, 5, 4)) == []


NAMES = {"Norland": ("state/norland", "State"), "Tarnia": ("state/tarnia", "State")}


@pytest.mark.parametrize(
    ("text", "count", "period"),
    [
        (
            "Entries into Norland from Tarnia over the winter: roughly 840,000, up 6 per cent.",
            840000,
            ("2025-12-01", "2026-02-28"),
        ),
        (
            "Some 12,300 people crossed into Norland from Tarnia during the winter months, the agency said.",
            12300,
            ("2025-12-01", "2026-02-28"),
        ),
    ],
)
def test_a_flow_counted_over_a_season(nlp: Language, text: str, count: int, period: tuple[str, str]) -> None:
    events = named_events(nlp, text, NAMES, date(2026, 3, 10))
    flow = next(e for e in events if e.type == "BorderCrossing" and e.count == count)
    assert (flow.start_date, flow.end_date) == period
