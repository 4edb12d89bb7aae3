"""A border service ranks its crossing points after the week's total: "The busiest crossing points
were X, with more than N people, and Z, with about M", "The busiest crossings were X (N) and Z (M)".
Each figure is the flow just counted, through the point it follows: its own event with that point as
the way across and the total's destination and period.

Every story here is invented for the test; entities are built by hand so that only event
reading is tested. A ranking with no figures, or figures of other things, stays silent.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Monday.
PUB = date(2023, 6, 12)

NAMES = {
    "Nordavia": ("state/nordavia", "State"),
    "Varnekia": ("state/varnekia", "State"),
    "Orlask": ("checkpoint/orlask", "Checkpoint"),
    "Brevinka": ("checkpoint/brevinka", "Checkpoint"),
}

TOTAL = "Last week 8,315 people crossed into Nordavia. "


def _flows(nlp: Language, text: str) -> list[Event]:
    text = "Nordavia, 12 June 2023 - " + text
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    "text",
    [
        TOTAL + "The busiest crossing points were Orlask, with more than 2,140 people, and Brevinka, with about 1,460.",
        TOTAL + "The busiest crossing points were Orlask, on the border with Varnekia, with 2,140 travellers,"
        " and Brevinka, with some 1,460.",
        TOTAL + "The busiest crossings were Orlask (2,140) and Brevinka (1,460).",
        "The busiest crossings last week were Orlask (2,140) and Brevinka (1,460).",
    ],
)
def test_each_ranked_point_counts_its_own_flow(nlp: Language, text: str) -> None:
    by_count = {e.count: e for e in _flows(nlp, text)}
    for count, point in ((2140, "checkpoint/orlask"), (1460, "checkpoint/brevinka")):
        flow = by_count[count]
        assert flow.via == (point,)
        assert flow.destination == ("state/nordavia",)
        assert (flow.start_date, flow.end_date) == ("2023-06-05", "2023-06-11")


@pytest.mark.parametrize(
    "text",
    [
        TOTAL + "The busiest crossing points were Orlask and Brevinka.",
        TOTAL + "The busiest crossing points were Orlask, with 12 lanes, and Brevinka, with 4 lanes.",
    ],
)
def test_a_ranking_without_figures_of_people_adds_no_flow(nlp: Language, text: str) -> None:
    assert [e.count for e in _flows(nlp, text)] == [8315]
