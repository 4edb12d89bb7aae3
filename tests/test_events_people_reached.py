"""People someone reaches or visits are no flow: "the field teams reached 640 households", "mobile
clinics visited 450 families" after a counted crossing neither continue that crossing nor start
one of their own. People who reach a place, and a figure still carried or seen at the way across
("the ferries brought 450 more passengers"), stay crossings.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

#: A Tuesday.
PUB = date(2026, 6, 16)

NAMES = {
    "Brenmoor": ("state/brenmoor", "State"),
    "Lunhaven": ("state/lunhaven", "State"),
    "Ostvik": ("checkpoint/ostvik", "Checkpoint"),
}


def _counts(nlp: Language, text: str) -> list[int | None]:
    events = named_events(nlp, "Brenmoor, 16 June - " + text, NAMES, PUB)
    return [e.count for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    "text",
    [
        "On a normal day some 900 passengers cross there to Lunhaven. "
        "By Friday the field teams had reached 640 households up the valley.",
        "About 900 travellers enter Lunhaven through Ostvik each day. "
        "Mobile clinics visited 640 households in the hills last week.",
    ],
)
def test_events_people_reached_are_no_flow(nlp: Language, text: str) -> None:
    assert _counts(nlp, text) == [900]


@pytest.mark.parametrize(
    "text",
    [
        "About 900 travellers enter Lunhaven through Ostvik each day. Last week 640 more migrants reached Lunhaven.",
        "About 900 travellers crossed into Lunhaven at Ostvik on Monday. "
        "The ferries brought 640 more passengers on Tuesday.",
    ],
)
def test_events_people_reached_movers_stay_a_flow(nlp: Language, text: str) -> None:
    assert _counts(nlp, text) == [900, 640]
