"""A meeting told by a plural that names both sides ("the two prime ministers held talks in X",
"both leaders met in Y") is a meeting at the place its clause names, even though no side is
named there; with no place it stays silent (nothing would tell it from any other meeting).

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
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
    "Tolmaz": ("settlement/tolmaz", "Settlement"),
}


def _meetings(nlp: Language, text: str) -> list[Event]:
    text = "Tolmaz, 12 June 2023 - " + text
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.label.startswith(("Meeting", "Talks"))]


@pytest.mark.parametrize(
    "text",
    [
        "The two Presidents held talks at the Government House in Tolmaz on Saturday.",
        "Both foreign ministers met in Tolmaz on Saturday.",
        "The delegations held a meeting in Tolmaz on Saturday.",
    ],
)
def test_both_sides_meeting_somewhere_is_a_meeting_there(nlp: Language, text: str) -> None:
    (meeting,) = _meetings(nlp, text)
    assert meeting.place == ("settlement/tolmaz",)
    assert meeting.date == "2023-06-10"


@pytest.mark.parametrize(
    "text",
    [
        "On Saturday the two Presidents had talks.",
        "Both foreign ministers met on Saturday and agreed to meet again.",
    ],
)
def test_both_sides_meeting_nowhere_named_is_left_out(nlp: Language, text: str) -> None:
    assert _meetings(nlp, text) == []


SIDES = {
    "Ilsa Marren": ("person/ilsa-marren", "Person"),
    "Tobin Kray": ("person/tobin-kray", "Person"),
}


@pytest.mark.parametrize(
    "text",
    [
        "The two sides fixed the timetable on Saturday, in talks between the transport minister of one, "
        "Ilsa Marren, and the deputy transport minister of the other, Tobin Kray.",
        "Both governments settled the new ferry fees on Saturday at a meeting between Ilsa Marren and Tobin Kray.",
    ],
)
def test_both_sides_at_a_meeting_that_names_them_met(nlp: Language, text: str) -> None:
    """ "the two sides agreed ..., at talks between X and Y": the noun names the sides the subject
    only counts, so they met."""
    meetings = [e for e in named_events(nlp, text, SIDES, PUB) if e.label.startswith(("Meeting", "Talks"))]
    assert [(m.agent, m.date) for m in meetings] == [(("person/ilsa-marren", "person/tobin-kray"), "2023-06-10")]
