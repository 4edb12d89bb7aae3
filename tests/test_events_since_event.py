"""Figures counted from an event the story told before, named by a noun or a clause: "Since the
closure, N people have entered X", "Since it reopened, N travellers crossed" start on the day of the
latest closure or reopening told earlier (:mod:`kg.extract.event_since_event`). With no such event
dated before it, the figure stays undated.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

#: A Wednesday.
PUB = date(2026, 6, 10)

NAMES = {
    "Sweden": ("state/SE", "State"),
    "Norway": ("state/NO", "State"),
    "Velmora": ("checkpoint/velmora", "Checkpoint"),
    "Ostrand": ("checkpoint/ostrand", "Checkpoint"),
}


def _flow(nlp: Language, text: str, count: int) -> tuple[str | None, str | None, str | None]:
    (flow,) = [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing" and e.count == count]
    return flow.date, flow.start_date, flow.end_date


@pytest.mark.parametrize(
    "text",
    [
        "Norway shut the Velmora crossing on 3 June after a landslide. Traffic is being sent south. "
        "Since the closure, 1,260 people have entered Sweden through Ostrand.",
        "The Velmora checkpoint was closed by Norway on Wednesday 3 June. Since the crossing was closed, "
        "1,260 travellers have used Ostrand to enter Sweden, customs officers said.",
        "Norway closed the Velmora crossing on 3 June. Since the shutdown, 1,260 people have crossed into "
        "Sweden at Ostrand, 140 of them in the last 24 hours.",
    ],
)
def test_events_since_the_closure_opens_on_its_day(nlp: Language, text: str) -> None:
    assert _flow(nlp, text, 1260) == (None, "2026-06-03", None)


@pytest.mark.parametrize(
    "text",
    [
        "The Velmora border post reopened on 1 June after repairs. Since the reopening, 4,480 travellers "
        "have entered Sweden through Velmora.",
        "Norway reopened the Velmora crossing on Monday 1 June. Since it reopened, some 4,480 people have "
        "crossed into Sweden through Velmora.",
    ],
)
def test_events_since_the_reopening_opens_on_its_day(nlp: Language, text: str) -> None:
    assert _flow(nlp, text, 4480)[1] == "2026-06-01"


def test_events_since_the_closure_with_no_closure_told_stays_undated(nlp: Language) -> None:
    text = "Since the closure, 1,260 people have entered Sweden through Ostrand."
    assert _flow(nlp, text, 1260) == (None, None, None)


@pytest.mark.parametrize(
    "text",
    [
        "The Swedish Armed Forces have called up 420 reservists for a training period of three weeks "
        "starting on 15 June.",
        "Sweden will call up 420 reservists for exercises beginning on 15 June, the defence ministry said.",
    ],
)
def test_events_call_up_starting_on_a_day_opens_there(nlp: Language, text: str) -> None:
    names = {**NAMES, "Swedish Armed Forces": ("agency/armed-forces-sweden", "Agency")}
    (call_up,) = [e for e in named_events(nlp, text, names, PUB) if e.type == "Mobilization"]
    assert (call_up.date, call_up.start_date) == (None, "2026-06-15")
