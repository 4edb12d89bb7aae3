"""A capitalised election is still a vote: "the Presidential Election held in X on 5 June",
"X held the General Elections on 5 June". The model tags such names as organizations or events,
which used to make them an entity and hide the election from the event reader; "the election
held in X" puts its place in its own participle clause, not on the noun; and "held on Sunday,
4th June, has been ..." is parsed with the day hung on the main verb, yet dates the vote.

Every story here is invented for the test; each class is shown in several wordings, with near
misses that must stay silent.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import kg_entity_types, named_events
from spacy.language import Language

from kg.model import Event

#: A Thursday.
PUB = date(2023, 6, 15)

NAMES = {
    "Velmora": ("state/velmora", "State"),
    "Tarsk": ("settlement/tarsk", "Settlement"),
}


def _elections(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "Referendum"]


@pytest.mark.parametrize(
    "text",
    [
        "Turnout in the Presidential Election held in Velmora on 4 June was the highest in years.",
        "Velmora held the Parliamentary Elections on 4 June, the commission said.",
        "The General Elections in Velmora on 4 June passed off peacefully, observers said.",
        "Results of the municipal election held in Velmora on 4 June were published on Tuesday.",
        # the parser hangs the day after the comma on the main verb: the date is still the vote's
        "The count of the Presidential Election held in Velmora on Sunday, 4th June, has been completed.",
        "The collation of the results of the election held in Velmora on Sunday, 4th June 2023, is over.",
    ],
)
def test_named_election_is_a_vote_with_its_place_and_day(nlp: Language, text: str) -> None:
    (vote,) = _elections(nlp, text)
    assert vote.place == ("state/velmora",)
    assert vote.date == "2023-06-04"


@pytest.mark.parametrize(
    "text",
    [
        "The Presidential Election Commission of Velmora met in Tarsk on Monday.",
        "Observers said foreign powers tried to interfere in the General Elections of Velmora.",
    ],
)
def test_named_election_near_misses_stay_silent(nlp: Language, text: str) -> None:
    assert not _elections(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Presidential Election held on 4 June passed off peacefully in Velmora.",
        "Velmora held the Parliamentary Elections on 4 June.",
    ],
)
def test_named_election_is_no_entity(nlp: Language, text: str) -> None:
    assert not [name for name in kg_entity_types(nlp, text) if "Election" in name]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Supervisory Office of Elections said the count was over.", "Supervisory Office of Elections"),
        ("Results were published by the National Office for Elections.", "National Office for Elections"),
    ],
)
def test_body_of_elections_stays_a_body(nlp: Language, text: str, body: str) -> None:
    assert body in kg_entity_types(nlp, text)
