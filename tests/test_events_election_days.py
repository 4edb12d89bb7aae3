"""What the story dates by its election ("shut on the eve of the election", "the blocking of the
crossing at X on election day") takes the day of the election the story dates: the eve is the day
before. A story with no dated election, or two election days, dates nothing this way.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

PUB = date(2026, 12, 7)

NAMES = {
    "Varnolia": ("state/varnolia", "State"),
    "Kesselmark": ("state/kesselmark", "State"),
    "Dunmore": ("checkpoint/dunmore", "Checkpoint"),
    "Interior Ministry": ("agency/interior-ministry-varnolia", "Agency"),
}

ELECTION = "OSTRAVEN, Varnolia, 7 December 2026 - Varnolia held a presidential election on Saturday, 5 December. "


def _closures(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderClosure"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The Commission announces that the crossing points with Kesselmark at Dunmore, which the Interior "
            "Ministry shut on the eve of the election, opened again on Sunday morning.",
            "2026-12-04",
        ),
        ("The party condemns the blocking of the Dunmore border crossing on election day.", "2026-12-05"),
    ],
)
def test_election_days_an_event_dated_by_the_vote(nlp: Language, text: str, day: str) -> None:
    (closure,) = _closures(nlp, ELECTION + text)
    assert closure.start_date == day


def test_election_days_no_dated_election_dates_nothing(nlp: Language) -> None:
    text = "OSTRAVEN, Varnolia - The party condemns the blocking of the Dunmore border crossing on election day."
    (closure,) = _closures(nlp, text)
    assert closure.date is None and closure.start_date is None
