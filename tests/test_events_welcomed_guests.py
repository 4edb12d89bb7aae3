"""A host who welcomes a named guest to a place meets them there ("welcomed Prime Minister X to
Y", "I welcome President X to Y" in the host's own words); welcoming a decision or a statement
meets no one.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Wednesday.
PUB = date(2026, 6, 10)

NAMES = {
    "Varnolia": ("state/varnolia", "State"),
    "Lena Brask": ("person/lena-brask", "Person"),
    "Tomas Oberg": ("person/tomas-oberg", "Person"),
    "Kesselby": ("settlement/kesselby", "Settlement"),
}


def _meetings(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.label.startswith("Meeting")]


@pytest.mark.parametrize(
    "text",
    [
        "President Lena Brask welcomed Prime Minister Tomas Oberg to Kesselby on Tuesday.",
        "Lena Brask warmly welcomed Tomas Oberg, the Prime Minister of Varnolia, to Kesselby on Tuesday.",
    ],
)
def test_a_guest_welcomed_to_a_place_meets_the_host_there(nlp: Language, text: str) -> None:
    (meeting,) = _meetings(nlp, text)
    assert set(meeting.agent) == {"person/lena-brask", "person/tomas-oberg"}
    assert meeting.place == ("settlement/kesselby",)


@pytest.mark.parametrize(
    "text",
    [
        "President Lena Brask welcomed the decision of the Varnolia parliament on Tuesday.",
        "Tomas Oberg welcomed the new rules for Kesselby, saying they were overdue.",
    ],
)
def test_welcoming_a_decision_meets_no_one(nlp: Language, text: str) -> None:
    assert _meetings(nlp, text) == []
