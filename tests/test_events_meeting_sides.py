""" "The two governments signed ...", "the delegations adopted ...": a plural noun for both sides of
the story's last meeting names its parties, and what they do with no time or place of their own
happens at that meeting.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested. With no meeting before it, such a noun names nobody.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Tuesday.
PUB = date(2023, 6, 13)

NAMES = {
    "Nordavia": ("state/nordavia", "State"),
    "Ostaria": ("state/ostaria", "State"),
    "Tolmaz": ("settlement/tolmaz", "Settlement"),
}

MEETING = "The Prime Minister of Nordavia met the President of Ostaria in Tolmaz on Monday. "


def _acts(nlp: Language, text: str) -> list[Event]:
    text = "Tolmaz, 13 June 2023 - " + text
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "Event" and not e.label.startswith("Meeting")]


@pytest.mark.parametrize(
    "text",
    [
        "The two governments signed a memorandum of understanding on fisheries.",
        "The delegations signed a memorandum of understanding on fisheries.",
        "Both leaders signed an agreement on fisheries.",
    ],
)
def test_both_sides_of_the_meeting_sign_at_it(nlp: Language, text: str) -> None:
    (act,) = _acts(nlp, MEETING + text)
    assert act.agent == ("state/nordavia", "state/ostaria")
    assert act.place == ("settlement/tolmaz",)
    assert act.date == "2023-06-12"


def test_a_signing_dated_by_its_own_clause_keeps_its_date(nlp: Language) -> None:
    (act,) = _acts(nlp, MEETING + "The two governments signed an agreement on fisheries in 2019.")
    assert act.agent == ("state/nordavia", "state/ostaria")
    assert act.date == "2019"


def test_with_no_meeting_before_the_sides_name_nobody(nlp: Language) -> None:
    assert not _acts(nlp, "The delegations signed a memorandum of understanding on fisheries on Monday.")
