"""Figures in the short forms of tables and wire copy, and times of day that are no figures, on
invented sentences:

- "approx. 4,730", "approx 4,730", "c. 4,730", "ca. 285": about that many (also where the
  abbreviation opens the sentence and would otherwise end one of its own);
- "16.5k", "3K": thousands;
- "closed until 11 a.m.", "between 8 and 10 p.m.", "at 0745 hours", "21:05 hrs": times of day,
  never counts.

The event tests build their entities by hand so that only the reading of figures is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.extract.quantities import find_quantities

#: A Wednesday.
PUB = date(2026, 6, 17)

NAMES = {
    "Ostravel": ("state/ostravel", "State"),
    "Korvath": ("state/korvath", "State"),
    "Halden Pass": ("checkpoint/halden-pass", "Checkpoint"),
}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("approx. 4,730 travellers", 4730),
        ("approx 4,730 travellers", 4730),
        ("c. 4,730 travellers", 4730),
        ("ca. 285 travellers", 285),
    ],
)
def test_quantities_abbreviated_about(text: str, count: int) -> None:
    (q,) = find_quantities(text)
    assert (q.quantity.count, q.quantity.approximate) == (count, True)


def test_quantities_initial_before_a_figure_is_no_about() -> None:
    (q,) = find_quantities("a rally in Washington, D.C. 275 people marched")
    assert (q.quantity.count, q.quantity.approximate) == (275, False)


@pytest.mark.parametrize(("text", "count"), [("some 16.5k travellers", 16500), ("3K travellers", 3000)])
def test_quantities_thousands_written_with_k(text: str, count: int) -> None:
    (q,) = find_quantities(text)
    assert q.quantity.count == count


@pytest.mark.parametrize(
    "text",
    [
        "the bridge stays closed until 11 a.m.",
        "the curfew runs between 8 and 10 p.m.",
        "the patrol left at 0745 hours",
        "the alarm sounded at 21:05 hrs",
        "the ferry docked at 11.45 p.m.",
        "coaches are let through from 5 a.m. until 9 p.m. only",
    ],
)
def test_quantities_time_of_day_is_no_count(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Approx. 4,730 people entered Ostravel from Korvath last week.",
        "Ca. 4,730 people crossed into Ostravel from Korvath last week.",
        "The border service said approx 4,730 people had crossed from Korvath into Ostravel last week.",
    ],
)
def test_events_abbreviated_about_is_approximate(nlp: Language, text: str) -> None:
    (flow,) = [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing"]
    assert (flow.count, flow.approximate) == (4730, True)
    assert (flow.start_date, flow.end_date) == ("2026-06-08", "2026-06-14")


@pytest.mark.parametrize(
    "text",
    [
        "Some 16.5k people crossed into Ostravel from Korvath in May.",
        "In May, 16.5K travellers entered Ostravel from Korvath.",
    ],
)
def test_events_thousands_written_with_k_count(nlp: Language, text: str) -> None:
    (flow,) = [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing"]
    assert flow.count == 16500


@pytest.mark.parametrize(
    "text",
    [
        "Between 8 and 10 p.m. on Monday, migrants from Korvath crossed into Ostravel at Halden Pass.",
        "On Monday morning, from 5 a.m. until 7 a.m., walkers from Korvath came into Ostravel by Halden Pass.",
    ],
)
def test_events_clock_hours_give_no_count(nlp: Language, text: str) -> None:
    flows = [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing"]
    assert all(e.count is None and e.count_min is None and e.count_max is None for e in flows)
