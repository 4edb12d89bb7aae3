"""A figures list whose lines give each point's change in brackets ("Brenmoor Gate: 41,200 (up 8 per
cent)", "Halden Pass: 12,950 (-4%)") under a heading dated by a part of a year written without
"the" ("second quarter of 2031", "Q2 2031"): each line's flow carries its own change and the
heading's period.

Every story here is invented for the test; entities are built by hand so that only event
reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.extract.timex import find_times
from kg.model import Event

#: A Tuesday, a week into the third quarter.
PUB = date(2031, 7, 8)

NAMES = {
    "Ostravel": ("state/ostravel", "State"),
    "Korvath": ("state/korvath", "State"),
    "Brenmoor Gate": ("checkpoint/brenmoor-gate", "Checkpoint"),
    "Halden Pass": ("checkpoint/halden-pass", "Checkpoint"),
}

OPENING = "Ostravel, 8 July 2031 - The customs office of Ostravel has published traffic on the Korvath border.\n\n"


def _flows(nlp: Language, text: str) -> dict[int, Event]:
    events = named_events(nlp, OPENING + text, NAMES, PUB)
    return {e.count: e for e in events if e.type == "BorderCrossing" and e.count is not None}


@pytest.mark.parametrize(
    "text",
    [
        "Passengers per crossing point, second quarter of 2031:\n"
        "Brenmoor Gate: 41,200 (up 8 per cent)\nHalden Pass: 12,950 (down 4 per cent)\n",
        "Entries by checkpoint, Q2 2031 (change on a year earlier):\n"
        "- Halden Pass: 12,950 (-4%)\n- Brenmoor Gate: 41,200 (+8%)\n",
    ],
)
def test_events_listed_line_keeps_its_bracketed_change(nlp: Language, text: str) -> None:
    flows = _flows(nlp, text)
    assert (flows[41200].change_percent, flows[12950].change_percent) == (8.0, -4.0)
    for flow in (flows[41200], flows[12950]):
        assert (flow.start_date, flow.end_date) == ("2031-04-01", "2031-06-30")


def test_events_listed_line_without_change_has_none(nlp: Language) -> None:
    text = "Passengers per crossing point, second quarter of 2031:\nBrenmoor Gate: 41,200\nHalden Pass: 12,950\n"
    assert {f.change_percent for f in _flows(nlp, text).values()} == {None}


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Arrivals, first half of 2030:", ("2030-01-01", "2030-06-30")),
        ("Ferry traffic in Q4 2030", ("2030-10-01", "2030-12-31")),
        ("fourth quarter of 2029 totals", ("2029-10-01", "2029-12-31")),
    ],
)
def test_timex_part_of_a_named_year_without_article(text: str, period: tuple[str, str]) -> None:
    (t,) = find_times(text, PUB)
    assert (t.start_date, t.end_date) == period


def test_timex_bare_half_without_year_is_no_period() -> None:
    assert find_times("the ferry ran a second half service", PUB) == []
