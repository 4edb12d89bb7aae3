"""A navy or coast guard stops people crossing by sea, where no border is named: "intercepted 376
migrants off the coast", "a boat with 164 passengers on board was stopped off X", "stopped at
sea". Each is a stopped crossing (an attempt) into the state that stopped them, like a stop at a
land border.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested. Stops of things that are no people, and stops ashore, stay silent.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Tuesday.
PUB = date(2023, 6, 13)

NAMES = {
    "Nordavia": ("state/nordavia", "State"),
    "Tolmaz": ("settlement/tolmaz", "Settlement"),
    "the Nordavian Navy": ("agency/navy-nordavia", "Agency"),
}


def _stops(nlp: Language, text: str) -> list[Event]:
    text = "Nordavia, 13 June 2023 - " + text
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The navy intercepted 376 migrants off the coast of Nordavia on Sunday.", 376),
        ("The navy intercepted three boats carrying a total of 376 people off Tolmaz on Sunday.", 376),
        ("On Sunday a boat with 164 passengers on board was stopped off Tolmaz by the Nordavian Navy.", 164),
        ("Patrols stopped 95 people at sea on Sunday, the Nordavian Navy said.", 95),
    ],
)
def test_people_stopped_at_sea_are_a_stopped_crossing(nlp: Language, text: str, count: int) -> None:
    (stop,) = _stops(nlp, text)
    assert stop.count == count
    assert stop.destination == ("state/nordavia",)
    assert stop.date == "2023-06-11"


@pytest.mark.parametrize(
    "text",
    [
        "The navy stopped 40 fishing boats off Tolmaz on Sunday.",
        "Police in Tolmaz detained 40 protesters on Sunday.",
    ],
)
def test_stops_of_no_crossing_stay_silent(nlp: Language, text: str) -> None:
    assert not _stops(nlp, text)
