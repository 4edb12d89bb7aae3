"""Arrivals no phrase places, in a story filed from a state, arrive in that state even when the
sentence names the state they came from ("the coast guard recorded 23 people arriving by boat from
X"): the origin is no other place they could have gone to. A year written "the whole of 2021" or
"throughout 2021" dates the figure as "in 2021" does.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.extract.timex import find_times
from kg.model import Event

#: A Monday.
PUB = date(2023, 6, 12)

NAMES = {
    "Nordavia": ("state/nordavia", "State"),
    "Varnekia": ("state/varnekia", "State"),
}


def _flows(nlp: Language, text: str) -> list[Event]:
    text = "Nordavia, 12 June 2023 - " + text
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    "text",
    [
        "In 2021 the coast guard logged 23 people arriving by sea from Varnekia.",
        "Last year, 23 people from Varnekia arrived by sea, the coast guard said.",
    ],
)
def test_arrivals_from_a_named_state_arrive_where_the_story_is_filed(nlp: Language, text: str) -> None:
    (flow,) = _flows(nlp, text)
    assert (flow.origin, flow.destination, flow.count) == (("state/varnekia",), ("state/nordavia",), 23)


@pytest.mark.parametrize(
    "text",
    ["In the whole of 2021 the coast guard logged 23 people.", "Throughout 2021, 23 people crossed."],
)
def test_a_whole_year_is_that_year(text: str) -> None:
    assert [t.date for t in find_times(text, PUB, 0)] == ["2021"]
