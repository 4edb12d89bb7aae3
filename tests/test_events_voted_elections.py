"""An election told by its voters: "X voted in a general election on DATE", "voters in X voted in
the parliamentary elections on Sunday" report the election as surely as "X held" it does.

Every story here is invented for the test, in two or more wordings, with near misses that must
stay silent. Entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import entities_named
from spacy.language import Language

from kg.extract.events import find_events
from kg.model import Article, Event

#: A Thursday.
PUB = date(2023, 6, 15)
NAMES = {"Tarvosia": ("state/tarvosia", "State"), "Norland": ("state/norland", "State")}


def _elections(nlp: Language, text: str) -> list[Event]:
    article = Article(id="t", text=text, source="test", published=PUB)
    events = find_events(nlp(text), article, entities_named(text, NAMES), ())
    return [e for e in events if e.label.startswith("Election")]


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
