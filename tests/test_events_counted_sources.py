"""Counted arrests and evacuations are figures, and a figure has a source: "X said 40 people were
detained", "according to X, 1,360 residents were evacuated" credit X (``reportedBy``), as counted
crossings do. A body that makes the arrests and reports them keeps its own credit; an arrest the
sentence credits to no one stays without a source.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Thursday.
PUB = date(2023, 6, 15)

NAMES = {
    "Korvani": ("settlement/korvani", "Settlement"),
    "Zambian Border Police": ("agency/border-police-zambia", "Agency"),
    "Zambian Red Cross": ("organization/zambian-red-cross", "Organization"),
}


def _events(nlp: Language, text: str, label: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "Event" and e.label.startswith(label)]


@pytest.mark.parametrize(
    "text",
    [
        "The Zambian Border Police said 40 people were detained near Korvani on Monday.",
        "Police detained 40 suspects in Korvani on Monday, the Zambian Border Police said.",
    ],
)
def test_a_counted_arrest_is_credited_to_its_source(nlp: Language, text: str) -> None:
    (arrest,) = _events(nlp, text, "Arrest")
    assert arrest.count == 40
    assert arrest.reported_by == ("agency/border-police-zambia",)


@pytest.mark.parametrize(
    "text",
    [
        "The Zambian Red Cross says 1,360 residents of Korvani have been moved to shelters.",
        "According to the Zambian Red Cross, 1,360 residents were evacuated from Korvani on Monday.",
    ],
)
def test_a_counted_evacuation_is_credited_to_its_source(nlp: Language, text: str) -> None:
    (evacuation,) = _events(nlp, text, "Evacuation")
    assert evacuation.count == 1360
    assert evacuation.reported_by == ("organization/zambian-red-cross",)


def test_an_uncredited_arrest_has_no_source(nlp: Language) -> None:
    (arrest,) = _events(nlp, "Police detained 40 suspects in Korvani on Monday.", "Arrest")
    assert arrest.reported_by == ()
