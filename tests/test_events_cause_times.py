"""The date of an event's cause is not the event's: "X closed the crossing on Monday after the
attack of 28 May", "police arrested 12 people following the clashes of 28 May". A time inside the
noun phrase an "after" or "following" governs dates the cause; the event keeps its own time or
none. A time that is the preposition's own object ("closed after 28 May") is not touched here.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

#: A Tuesday.
PUB = date(2023, 6, 13)

NAMES = {
    "Nordavia": ("state/nordavia", "State"),
    "Tolmaz": ("settlement/tolmaz", "Settlement"),
}


def _dates(nlp: Language, text: str) -> list[str | None]:
    text = "Nordavia, 13 June 2023 - " + text
    return [e.date for e in named_events(nlp, text, NAMES, PUB)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Nordavia closed the Tolmaz crossing on Monday after the attack of 28 May.", "2023-06-12"),
        ("Nordavia closed the Tolmaz crossing after the attack of 28 May.", None),
        ("Nordavia closed the Tolmaz crossing following the ambush of 28 May.", None),
        ("Police arrested 12 suspects in Tolmaz after the riots of 28 May.", None),
    ],
)
def test_a_cause_s_date_does_not_date_the_event(nlp: Language, text: str, day: str | None) -> None:
    assert _dates(nlp, text) == [day]
