"""Elections named by their day alone or in a clause of their own: "the 12 June by-election in X",
"the X by-election on 2 July", "the local elections the country will hold on 3 May". Each is an
election (``Referendum``, labelled "Election") with its date; a vote still to come is dated ahead.

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
    "Ndola": ("settlement/ndola", "Settlement"),
    "Kisumu": ("settlement/kisumu", "Settlement"),
}


def _elections(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "Referendum"]


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        ("Turnout in the 12 June by-election in Ndola was low, the commission said.", "settlement/ndola", "2023-06-12"),
        ("The Kisumu by-election on 2 June drew few voters, officials said.", "settlement/kisumu", "2023-06-02"),
        ("Zambia will hold the by-election on 20 July.", "state/ZM", "2023-07-20"),
    ],
)
def test_by_election_is_an_election_with_its_day(nlp: Language, text: str, place: str, day: str) -> None:
    (vote,) = _elections(nlp, text)
    assert place in vote.place
    assert vote.date == day


@pytest.mark.parametrize(
    "text",
    [
        "Voters in Zambia are preparing for the local elections the country will hold on 3 May.",
        "Parties in Zambia named candidates for the elections that the country will hold on 3 May.",
    ],
)
def test_election_to_come_in_its_own_clause_is_dated_ahead(nlp: Language, text: str) -> None:
    (vote,) = _elections(nlp, text)
    assert vote.place == ("state/ZM",)
    assert vote.date == "2024-05-03"
