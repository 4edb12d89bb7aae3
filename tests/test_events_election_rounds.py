"""A later round of an election told by the round alone ("will face X in the second round on 25
June", "the run-off will be held on 25 June") is an election of its own, dated ahead when still to
come; a round of anything else ("a second round of talks") is no election.

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
    "Nordavia": ("state/nordavia", "State"),
}


def _votes(nlp: Language, text: str) -> list[Event]:
    text = "Nordavia, 12 June 2023 - " + text
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "Referendum"]


@pytest.mark.parametrize(
    "text",
    [
        "Our candidate, with 44 per cent, will face the governing party's nominee in the second round on 25 June.",
        "No candidate won a majority of the votes, and the run-off between the two leaders will be held on 25 June.",
    ],
)
def test_a_later_round_of_an_election_is_an_election(nlp: Language, text: str) -> None:
    assert [(v.place, v.date) for v in _votes(nlp, text)] == [(("state/nordavia",), "2023-06-25")]


@pytest.mark.parametrize(
    "text",
    [
        "The two governments will hold a second round of talks on 25 June.",
        "The ministry announced a third round of fuel subsidies on 25 June.",
    ],
)
def test_a_round_of_anything_else_is_no_election(nlp: Language, text: str) -> None:
    assert _votes(nlp, text) == []
