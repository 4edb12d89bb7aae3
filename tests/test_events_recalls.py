"""Votes of electors on removing an elected office holder are votes (``kg:Referendum``) placed
where the office is: "the vote on the recall of the mayors of X and Y", "a
recall vote against the mayor of X". A vote on recalling an ambassador or dismissing a minister
is no vote of electors.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

#: A Tuesday.
PUB = date(2026, 6, 16)

NAMES = {
    "Valmora": ("state/valmora", "State"),
    "Dravik": ("state/dravik", "State"),
    "Kessering": ("settlement/kessering", "Settlement"),
    "Pollock Bay": ("settlement/pollock-bay", "Settlement"),
}


def _votes(nlp: Language, text: str) -> list[tuple[str, ...]]:
    events = named_events(nlp, "Valmora, 16 June - " + text, NAMES, PUB)
    return [e.place for e in events if e.type == "Referendum"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "The electoral board counted the ballots of Sunday's vote on the recall of the mayors of "
            "Kessering and Pollock Bay overnight.",
            ("settlement/kessering", "settlement/pollock-bay"),
        ),
        ("A recall vote against the mayor of Kessering took place on Sunday.", ("settlement/kessering",)),
        (
            "Turnout in Sunday's ballot on the removal of the mayors of Kessering and Pollock Bay was 31 per cent.",
            ("settlement/kessering", "settlement/pollock-bay"),
        ),
    ],
)
def test_events_recalls_vote_on_removing_an_elected_holder(nlp: Language, text: str, places: tuple[str, ...]) -> None:
    assert _votes(nlp, text) == [places]


@pytest.mark.parametrize(
    "text",
    [
        "Parliament held a vote on the recall of the ambassador to Dravik.",
        "The party called for a vote on the dismissal of the finance minister.",
    ],
)
def test_events_recalls_other_removals_are_no_vote(nlp: Language, text: str) -> None:
    assert _votes(nlp, text) == []
