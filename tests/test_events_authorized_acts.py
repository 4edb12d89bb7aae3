"""An official or body that "authorized" (or "authorised") a call-up or a closure enacts it, as one
that "ordered" or "approved" it does: "the governor authorised the mobilization of 650
reservists" is a mobilization by the governor.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

#: A Friday.
PUB = date(2026, 10, 9)

NAMES = {
    "Nordavia": ("state/nordavia", "State"),
    "Kelmar": ("settlement/kelmar", "Settlement"),
    "Oren Talvik": ("person/oren-talvik", "Person"),
}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Defence Secretary Oren Talvik sent two battalions to Kelmar, and on Friday he authorized the"
            " mobilization of some 650 reservists for flood relief.",
            650,
        ),
        ("Defence Secretary Oren Talvik authorised the call-up of 1,750 reservists on Thursday.", 1750),
    ],
)
def test_events_authorized_mobilization_is_the_authorizers(nlp: Language, text: str, count: int) -> None:
    calls = [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "Mobilization"]
    assert [(e.count, e.agent) for e in calls] == [(count, ("person/oren-talvik",))]
