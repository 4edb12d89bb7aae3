"""An election placed and dated by the verb that tells it happens: "elections will be held in X on
DATE", "the runoff will take place in X", "elections took place in X last Sunday"; and told by its
voters: "X voted in a general election on DATE", "voters in X voted in the elections on Sunday".

Every story here is invented for the test, in two or more wordings, with a near miss that must
stay silent. Entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Thursday.
PUB = date(2023, 6, 15)
NAMES = {"Tarvosia": ("state/tarvosia", "State"), "Norland": ("state/norland", "State")}


def _elections(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.label.startswith("Election")]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Presidential elections will be held in Tarvosia on 9 July.", "2023-07-09"),
        ("Parliamentary elections will take place in Tarvosia on 9 July.", "2023-07-09"),
        ("The presidential runoff will take place in Tarvosia on 9 July.", "2023-07-09"),
        ("Local elections took place peacefully in Tarvosia last Sunday, observers said.", "2023-06-11"),
    ],
)
def test_events_elections_held_placed_and_dated_by_their_verb(nlp: Language, text: str, day: str) -> None:
    (ev,) = _elections(nlp, text)
    assert (ev.place, ev.date) == (("state/tarvosia",), day)


def test_events_elections_held_nothing_placed_is_no_election(nlp: Language) -> None:
    assert _elections(nlp, "The elections will take place on 9 July.") == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Tarvosia voted in a general election on 4 June, the first since the war.", "2023-06-04"),
        ("Voters in Tarvosia voted in the parliamentary elections on Sunday.", "2023-06-11"),
        ("On Sunday, the people of Tarvosia voted in local elections for the first time in ten years.", "2023-06-11"),
    ],
)
def test_events_voted_elections_voting_in_an_election_reports_it(nlp: Language, text: str, day: str) -> None:
    (ev,) = _elections(nlp, text)
    assert (ev.type, ev.place, ev.date) == ("Referendum", ("state/tarvosia",), day)


@pytest.mark.parametrize(
    "text",
    [
        "The minister voted against the election law on Monday.",
        "Parliament voted on Tuesday to adopt the budget.",
    ],
)
def test_events_voted_elections_votes_on_other_things_are_no_election(nlp: Language, text: str) -> None:
    assert _elections(nlp, "Tarvosia is calm. " + text) == []
