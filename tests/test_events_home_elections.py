"""An election its sentence does not place, in a text about one state: "Voters in nine provinces go
to the polls today in the Senate elections", in a bulletin that names its state elsewhere and no
other state as often. The text's home state is the election's place.

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
}


def _elections(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "Referendum"]


@pytest.mark.parametrize(
    "text",
    [
        "EVENING BULLETIN\n\nVoters across four counties cast ballots today in the Senate elections.\n"
        "Polling stations opened at eight this morning. Turnout was high in Kelvo, officials said.\n"
        "Meanwhile, 4,000 tourists entered Veltrania from the south last week, and hotels in Veltrania "
        "are full.",
        "MORNING NEWS\n\nPolls opened today for the regional council elections in six of the country's "
        "provinces.\nThe electoral board says 90,000 people are registered.\n"
        "In other news, the ministry of Veltrania said trade with Veltrania's neighbours grew, and the "
        "railway in Veltrania will reopen on Friday.",
    ],
)
def test_an_unplaced_election_is_the_home_states(nlp: Language, text: str) -> None:
    (event,) = _elections(nlp, text)
    assert event.place == ("state/veltrania",)


@pytest.mark.parametrize(
    "text",
    [
        "EVENING BULLETIN\n\nVoters across four counties cast ballots today in the Senate elections.\n"
        "Talks between Veltrania and Ostravia resumed, and Ostravia sent a delegation to Veltrania.",
        "EVENING BULLETIN\n\nVoters across four counties cast ballots today in the Senate elections.\n"
        "Officials in Veltrania said the roads were open.",
    ],
)
def test_no_home_state_no_unplaced_election(nlp: Language, text: str) -> None:
    assert _elections(nlp, text) == []
