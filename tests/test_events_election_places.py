"""A dated election placed by words the parser does not hang from the election noun: "the local
elections X will hold on 4 October", "the elections to the Diet, X's parliament, which are due to be
held in April", "wished the people of X well ahead of the elections of 24 October", "the Prime
Minister of X, at his first summit since the election of 7 February".

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
PUB = date(2031, 5, 19)

NAMES = {
    "Veltrania": ("state/veltrania", "State"),
    "Ostravia": ("state/ostravia", "State"),
    "Marosh": ("region/marosh", "Region"),
    "Kelvo": ("settlement/kelvo", "Settlement"),
}


def _elections(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "Referendum"]


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        (
            "The president invited the electoral board of Ostravia to send observers to the local elections "
            "Veltrania will hold on 4 October 2031.",
            "state/veltrania",
            "2031-10-04",
        ),
        (
            "The minister asked the commission of Ostravia for advice on the regional elections Veltrania "
            "will hold on 12 September 2031.",
            "state/veltrania",
            "2031-09-12",
        ),
        (
            "The governor briefed the envoy on the preparations for the elections to the Folkting, Marosh's "
            "assembly, which are due to be held in April 2032.",
            "region/marosh",
            "2032-04",
        ),
        (
            "The president wished the people of Veltrania every success in the general elections of 24 October 2031.",
            "state/veltrania",
            "2031-10-24",
        ),
        (
            "The observers thanked the voters of Veltrania for the calm of the general election of 9 May 2031.",
            "state/veltrania",
            "2031-05-09",
        ),
        (
            "The Prime Minister of Veltrania, who was attending his first summit since the general election of "
            "7 February 2031, was welcomed by the leaders.",
            "state/veltrania",
            "2031-02-07",
        ),
    ],
)
def test_an_election_placed_outside_its_phrase(nlp: Language, text: str, place: str, day: str) -> None:
    (event,) = _elections(nlp, text)
    assert place in event.place
    assert event.date == day


def test_two_states_named_by_their_people_place_nothing(nlp: Language) -> None:
    text = (
        "The president of Ostravia wished the people of Veltrania success in the general elections of 24 October 2031."
    )
    assert all("state/ostravia" not in e.place for e in _elections(nlp, text))
