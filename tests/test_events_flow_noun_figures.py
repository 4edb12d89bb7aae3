"""A flow noun as the subject of its figure: "Arrivals from X rose to 4,460", "arrivals in Y reached
4,460" (:mod:`kg.extract.event_flow_nouns`). After a wire dateline the capitalised noun that opens
the sentence is parsed as a name and must still read as the flow; "reach" with a flow noun as its
subject and a number as its object is the verb of the figure, not of a movement, while people who
"reached Y" still moved there.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Thursday.
PUB = date(2023, 6, 15)

NAMES = {
    "Zambia": ("state/ZM", "State"),
    "Angola": ("state/AO", "State"),
    "LUSAKA": ("settlement/lusaka", "Settlement"),
}


def _flows(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    "text",
    [
        "LUSAKA, June 14 (Wire) - Arrivals from Angola rose to 4,460 in May, Zambia's interior ministry said.",
        "LUSAKA, June 14 (Wire) - Arrivals from Angola climbed to 4,460 in May, according to Zambia's ministry.",
    ],
)
def test_a_capitalised_flow_noun_after_a_dateline_is_the_flow(nlp: Language, text: str) -> None:
    (flow,) = _flows(nlp, text)
    assert (flow.count, flow.origin, flow.destination) == (4460, ("state/AO",), ("state/ZM",))
    assert flow.start_date == "2023-05-01"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said arrivals in Zambia reached 4,460 in May.",
        "LUSAKA, June 14 (Wire) - Arrivals in Zambia reached 4,460 in May, the interior ministry said.",
        "According to the ministry, crossings into Zambia reached 4,460 in May.",
    ],
)
def test_arrivals_that_reached_a_figure_are_counted(nlp: Language, text: str) -> None:
    (flow,) = _flows(nlp, text)
    assert (flow.count, flow.destination) == (4460, ("state/ZM",))


def test_people_who_reached_a_country_still_moved_there(nlp: Language) -> None:
    (flow,) = _flows(nlp, "Some 300 migrants from Angola reached Zambia on Monday, the ministry said.")
    assert (flow.count, flow.origin, flow.destination) == (300, ("state/AO",), ("state/ZM",))
