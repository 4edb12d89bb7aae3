"""Seasons south of the equator: "over the winter" in a story about Chile is June to August.

Before, every season was read as the northern hemisphere's, so a southern story's winter figure
was dated December to February. The half of the world is the story's state's (the dateline's, the
publisher's or the one the text names most), read from GeoNames city latitudes; a northern story
keeps the northern seasons.

Every sentence here is invented for the test; real state names stand where the class needs a state.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.extract.timex import find_times

NAMES = {
    "Chile": ("state/CL", "State"),
    "Argentina": ("state/AR", "State"),
    "Uruguay": ("state/UY", "State"),
    "Brazil": ("state/BR", "State"),
    "Poland": ("state/PL", "State"),
    "Germany": ("state/DE", "State"),
}


@pytest.mark.parametrize(
    ("text", "published", "period"),
    [
        ("Bus traffic over the pass was light over the winter.", date(2026, 9, 10), ("2026-06-01", "2026-08-31")),
        ("Last summer the river ferries ran every hour.", date(2026, 7, 2), ("2025-12-01", "2026-02-28")),
        ("Since the autumn the bridge has been open at night.", date(2026, 4, 20), ("2026-03-01", None)),
    ],
)
def test_a_southern_season_is_six_months_on(text: str, published: date, period: tuple[str, str | None]) -> None:
    (t,) = find_times(text, published, southern=True)
    assert (t.start_date, t.end_date) == period


@pytest.mark.parametrize(
    ("text", "count", "period"),
    [
        (
            "Chile's migration service said 38,470 people had entered Chile from Argentina over the winter, "
            "most of them by bus through the Andes.",
            38470,
            ("2026-06-01", "2026-08-31"),
        ),
        (
            "Uruguay counted some 12,290 Brazilians arriving in Uruguay over the summer, according to the interior "
            "ministry of Uruguay.",
            12290,
            ("2025-12-01", "2026-02-28"),
        ),
    ],
)
def test_a_story_from_the_south_reads_its_seasons_there(
    nlp: Language, text: str, count: int, period: tuple[str, str]
) -> None:
    events = named_events(nlp, text, NAMES, date(2026, 9, 10))
    (flow,) = [e for e in events if e.type == "BorderCrossing" and e.count == count]
    assert (flow.start_date, flow.end_date) == period


def test_a_northern_story_keeps_the_northern_seasons(nlp: Language) -> None:
    text = "Poland's border guard said 51,930 people had entered Poland from Germany over the winter."
    events = named_events(nlp, text, NAMES, date(2026, 9, 10))
    (flow,) = [e for e in events if e.type == "BorderCrossing" and e.count == 51930]
    assert (flow.start_date, flow.end_date) == ("2025-12-01", "2026-02-28")
