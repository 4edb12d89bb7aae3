"""People an official counts at a crossing point named only by its bare name ("we have cleared on
average N travellers a day at X", "we had about N travellers a day at X") are a flow through it,
into the side that reports them, as are people counted at a town whose post the sentence speaks of;
the same count at a town with no post, or staff a post "had", are none.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

PUB = date(2026, 6, 16)

NAMES = {
    "Orlund": ("state/orlund", "State"),
    "Velmora": ("checkpoint/velmora", "Checkpoint"),
    "Tarsk": ("settlement/tarsk", "Settlement"),
}


def _flows(nlp: Language, text: str) -> list[Event]:
    text = "Orlund, 16 June 2026 - " + text
    return [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Officers cleared on average 3,187 travellers a day at Velmora last month, the border service said.", 3187),
        ("For the first two weeks we had roughly 960 travellers a day at Velmora; it is busier now.", 960),
        ("Our officers processed 2,613 passengers a day at Velmora during the fair.", 2613),
    ],
)
def test_events_counted_at_a_bare_crossing_name_is_a_flow_through_it(nlp: Language, text: str, count: int) -> None:
    (flow,) = _flows(nlp, text)
    assert (flow.count, flow.per_time_unit, flow.via, flow.destination) == (
        count,
        "day",
        ("checkpoint/velmora",),
        ("state/orlund",),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Border staff cleared on average 3,187 travellers a day at Tarsk after the new check post went into service.",
        "The bridge reopened in May, and since then we have had some 3,187 travellers a day at Tarsk.",
    ],
)
def test_events_counted_at_a_town_whose_post_the_sentence_names(nlp: Language, text: str) -> None:
    (flow,) = _flows(nlp, text)
    assert flow.count == 3187
    assert "state/orlund" in flow.destination


@pytest.mark.parametrize(
    "text",
    [
        "Border staff cleared on average 3,187 travellers a day at Tarsk.",
        "Police checked 400 people at Tarsk on Monday.",
        "We had 40 officers at Velmora on Sunday.",
    ],
)
def test_events_counted_at_a_town_or_a_posts_staff_is_no_flow(nlp: Language, text: str) -> None:
    assert _flows(nlp, text) == []
