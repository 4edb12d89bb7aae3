"""How far a count has gone is no result of a vote: "with 91.4% of the ballots counted", "after
87% of the votes had been tallied". The share read as the referendum's result is the next one that
says how people voted.

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
