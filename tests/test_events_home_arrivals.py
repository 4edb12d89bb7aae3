"""Arrivals whose only destination is the state the story is filed from: "more than 900 people have
arrived by sea since July, X's ministry said" under an X dateline arrived in X. Naming that state
as the reporter is no other destination; without a dateline the flow stays unplaced. People carried
home ("a repatriation flight brought 140 nationals home") go to the story's state too.

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
    "LUSAKA": ("settlement/lusaka", "Settlement"),
}


def _flows(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("More than 900 people have arrived by sea since July, Zambia's interior ministry said.", 900),
        ("Some 1,400 migrants arrived by boat last month, the ministry of Zambia said.", 1400),
        ("Zambia recorded 2,100 new arrivals by sea in May, officials said.", 2100),
    ],
)
def test_arrivals_go_to_the_dateline_state(nlp: Language, body: str, count: int) -> None:
    (flow,) = _flows(nlp, f"LUSAKA, June 14 (Wire) - {body}")
    assert flow.destination == ("state/ZM",)
    assert flow.count == count


def test_arrivals_without_a_dateline_stay_unplaced(nlp: Language) -> None:
    assert _flows(nlp, "More than 900 people have arrived by sea since July, Zambia's interior ministry said.") == []


@pytest.mark.parametrize(
    "body",
    [
        "A repatriation flight brought 140 nationals home on Monday, the ministry of Zambia said.",
        "Zambia's air force flew 212 citizens home on Monday.",
    ],
)
def test_people_brought_home_go_to_the_story_state(nlp: Language, body: str) -> None:
    (flow,) = _flows(nlp, f"LUSAKA, June 14 (Wire) - {body}")
    assert flow.destination == ("state/ZM",)
    assert flow.date == "2023-06-12"


@pytest.mark.parametrize(
    "body",
    [
        "The convoy brought 40 tonnes of aid home on Monday, the ministry of Zambia said.",
        "The festival brought 3,000 people together on Monday in Zambia.",
    ],
)
def test_things_brought_home_are_no_flow(nlp: Language, body: str) -> None:
    assert _flows(nlp, f"LUSAKA, June 14 (Wire) - {body}") == []
