"""A day named right after a vote or a sitting is called or set "for" lies ahead ("has called a
referendum for 29 November", a month after publication, is this year's, not last year's); "called
for calm on 3 May" fixes no day ahead.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

PUB = date(2026, 10, 14)

NAMES = {
    "Kastavel": ("settlement/kastavel", "Settlement"),
    "Ostrelia": ("state/ostrelia", "State"),
    "Regional Assembly": ("agency/regional-assembly", "Agency"),
}


def _votes(nlp: Language, text: str) -> list[Event]:
    return [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "Referendum"]


@pytest.mark.parametrize(
    "text",
    [
        "The Regional Assembly has called a consultative referendum for 22 November in Kastavel.",
        "In Kastavel, a consultative referendum has been called for 22 November by the Regional Assembly.",
        "The Regional Assembly of Kastavel yesterday called a new referendum for 22 November.",
    ],
)
def test_a_day_a_vote_is_called_for_lies_ahead(nlp: Language, text: str) -> None:
    (vote,) = _votes(nlp, text)
    assert vote.date == "2026-11-22"


def test_a_past_day_without_a_call_stays_past(nlp: Language) -> None:
    (vote,) = _votes(nlp, "Voters in Kastavel backed the consultative referendum of 22 November in large numbers.")
    assert vote.date == "2025-11-22"
