"""A referendum's share set off by commas between a count and its verb: "1,204,330 voters, 61.7%,
voted yes", "2,150,300 ballots, 63.9%, backed the reform". The share is the result as if it stood
before the verb.

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
PUB = date(2031, 3, 10)

NAMES = {"Veltrania": ("state/veltrania", "State")}


def _referendum(nlp: Language, text: str) -> Event:
    events = named_events(nlp, text, NAMES, PUB)
    (vote,) = [e for e in events if e.type == "Referendum"]
    return vote


@pytest.mark.parametrize(
    ("text", "share"),
    [
        (
            "Veltrania held a referendum on the charter on Sunday. Of the valid ballots, 1,204,330, 61.7%, voted yes.",
            61.7,
        ),
        (
            "Veltrania held a referendum on the charter on Sunday. In all, 2,150,300 voters, 63.9%, backed the "
            "reform, the board said.",
            63.9,
        ),
    ],
)
def test_apposed_share_is_the_result(nlp: Language, text: str, share: float) -> None:
    assert _referendum(nlp, text).result_percent == share


def test_apposed_share_before_other_words_is_no_result(nlp: Language) -> None:
    text = "Veltrania held a referendum on the charter on Sunday. Turnout was 47.6%, the lowest since 1994."
    assert _referendum(nlp, text).result_percent is None
