"""Which share is a referendum's result. A share set off by commas between a count and its verb
("1,204,330 voters, 61.7%, voted yes", "2,150,300 ballots, 63.9%, backed the reform") is the result
as if it stood before the verb; how far a count has gone ("with 91.4% of the ballots counted",
"after 87% of the votes had been tallied") is none, and the result is the next share that says how
people voted.

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


@pytest.mark.parametrize(
    ("text", "share"),
    [
        (
            "Veltrania held a referendum on the new charter on Sunday. With 91.4% of the ballots counted, "
            "66.2% of voters backed the charter.",
            66.2,
        ),
        (
            "A referendum on the charter took place in Veltrania on Sunday. After 87% of the votes had been "
            "tallied, the yes side had 57.4% of the votes.",
            57.4,
        ),
    ],
)
def test_count_progress_is_no_result(nlp: Language, text: str, share: float) -> None:
    assert _referendum(nlp, text).result_percent == share


def test_count_progress_alone_gives_no_result(nlp: Language) -> None:
    text = (
        "Veltrania held a referendum on the new charter on Sunday. With 91.4% of the ballots counted, the "
        "board said the yes side was ahead."
    )
    assert _referendum(nlp, text).result_percent is None
