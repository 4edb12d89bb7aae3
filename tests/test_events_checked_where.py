"""People counted at a way across by a passive "where" clause the parser hangs on a later noun:
"checks at the X border post with Y, where 510 people were checked yesterday alone", "the Z crossing
on the border with Y, where 2,300 travellers were screened on Monday". The figure is a flow through
that way across, dated by its clause.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Tuesday.
PUB = date(2031, 5, 20)

NAMES = {
    "Veltrania": ("state/veltrania", "State"),
    "Ostravia": ("state/ostravia", "State"),
    "Kelvo": ("settlement/kelvo", "Settlement"),
    "Kelvo border post": ("checkpoint/kelvo", "Checkpoint"),
    "Marn crossing": ("checkpoint/marn", "Checkpoint"),
}


def _crossings(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("text", "count", "via"),
    [
        (
            "The police of Veltrania will reinforce checks at the Kelvo border post with Ostravia, where 510 "
            "people were checked yesterday alone.",
            510,
            "checkpoint/kelvo",
        ),
        (
            "Soldiers were sent to the Marn crossing on the border with Ostravia, where 2,300 travellers were "
            "screened on Monday.",
            2300,
            "checkpoint/marn",
        ),
    ],
)
def test_people_checked_where_a_way_across_is(nlp: Language, text: str, count: int, via: str) -> None:
    (event,) = _crossings(nlp, text)
    assert event.count == count
    assert event.via == (via,)
    assert event.date == "2031-05-19"


@pytest.mark.parametrize(
    "text",
    [
        "Officers will stay in Kelvo, where 400 people were checked yesterday.",
        "The minister visited the Kelvo border post, where 30 officers were trained last year.",
    ],
)
def test_no_flow_where_no_way_across_or_no_checking(nlp: Language, text: str) -> None:
    assert _crossings(nlp, text) == []
