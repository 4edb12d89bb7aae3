"""A release gives the week's figures as "Label: N" lines under a heading: "Traffic at the Tarn Gate,
1-7 May:" / "Arrivals: 540" / "Departures: 610", or "Crossings per checkpoint last week:" / "Tarn
Gate: 540" / "Harl Ford: 610". Each line is its own flow: arrivals come in through the heading's
point, departures go out to the other side, a listed point is the way across; the heading gives
the period. Lines that count no people ("Lorries: 88") add nothing, and continue no flow.

Every story here is invented for the test; entities are built by hand so that only event
reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Monday.
PUB = date(2024, 5, 13)

NAMES = {
    "Kessmark": ("state/kessmark", "State"),
    "Drossel": ("state/drossel", "State"),
    "Tarn Gate": ("checkpoint/tarn-gate", "Checkpoint"),
    "Harl Ford": ("checkpoint/harl-ford", "Checkpoint"),
}

DATELINE = "Kessmark, 13 May 2024 - The border service of Kessmark reports on the crossings with Drossel.\n\n"


def _flows(nlp: Language, text: str) -> dict[int, Event]:
    events = named_events(nlp, DATELINE + text, NAMES, PUB)
    return {e.count: e for e in events if e.type == "BorderCrossing" and e.count is not None}


@pytest.mark.parametrize(
    "text",
    [
        "Traffic at the Tarn Gate crossing, 6-12 May:\nArrivals: 540\nDepartures: 610\nLorries: 88\n",
        "3) At the Tarn Gate post, 6 to 12 May\n"
        "   Exits: 610\n   Entries: 540\n   Coaches: 88\n\n4) The post stays open at night.\n",
    ],
)
def test_each_labelled_figure_is_a_flow_of_its_direction(nlp: Language, text: str) -> None:
    flows = _flows(nlp, text)
    inward, outward = flows[540], flows[610]
    assert inward.destination == ("state/kessmark",)
    assert inward.via == ("checkpoint/tarn-gate",)
    assert outward.destination == ("state/drossel",)
    assert outward.origin == ("state/kessmark",)
    assert outward.via == ("checkpoint/tarn-gate",)
    for flow in (inward, outward):
        assert (flow.start_date, flow.end_date) == ("2024-05-06", "2024-05-12")
    assert 88 not in flows  # lorries are no people


@pytest.mark.parametrize(
    "text",
    [
        "Crossings through the checkpoints, 6-12 May:\nTarn Gate: 540\nHarl Ford: 610\n",
        "People counted at the border crossing points last week:\n- Tarn Gate: 540\n- Harl Ford: 610\n",
    ],
)
def test_each_listed_point_counts_its_own_flow(nlp: Language, text: str) -> None:
    flows = _flows(nlp, text)
    for count, point in ((540, "checkpoint/tarn-gate"), (610, "checkpoint/harl-ford")):
        assert flows[count].via == (point,)
        assert flows[count].destination == ("state/kessmark",)
        assert (flows[count].start_date, flows[count].end_date) == ("2024-05-06", "2024-05-12")


@pytest.mark.parametrize(
    "text",
    [
        "Checks at the Tarn Gate, 6-12 May:\nLorries: 540\nBuses: 610\n",
        "Results of the vote on the new bridge:\nYes: 540 votes\nNo: 610 votes\n",
    ],
)
def test_labels_that_count_no_people_add_no_flow(nlp: Language, text: str) -> None:
    text = "Last week 2,310 people crossed into Kessmark through the Tarn Gate.\n\n" + text
    assert set(_flows(nlp, text)) == {2310}


@pytest.mark.parametrize(
    "text",
    [
        "Since 1 March, 1,240 people have reached Kessmark by sea, the agency said.\n\n"
        "In numbers, from 1 March to 30 April 2024\nInbound by boat: 1,240\nBoats towed to port: 17\n",
        "The agency said 1,240 people had arrived in Kessmark since 1 March.\n\n"
        "Key figures, 1 March to 30 April 2024:\n- Arrivals: 1,240\n- Boats intercepted: 17\n",
    ],
)
def test_a_list_that_sums_up_the_story_adds_no_second_flow(nlp: Language, text: str) -> None:
    """The list restates the figure the story gave: one flow, whose open period the list closes."""
    flows = _flows(nlp, text)
    assert set(flows) == {1240}
    assert (flows[1240].start_date, flows[1240].end_date) == ("2024-03-01", "2024-04-30")
