"""People flown across a border by evacuation and repatriation flights: "X flew 120 of its
citizens out of Y on a flight to Z", "a plane carrying 120 people landed at Z", "an evacuation
flight brought 120 people from Y to Z". Each is a counted flow into where the flight goes or lands.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested. Flights of things, of no counted people, or still to come stay silent.
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
    "Ostaria": ("state/ostaria", "State"),
    "Tolmaz": ("settlement/tolmaz", "Settlement"),
}


def _flows(nlp: Language, text: str) -> list[Event]:
    text = "Nordavia, 13 June 2023 - " + text
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    "text",
    [
        "Ostaria flew 120 of its citizens out of Tolmaz on Sunday on a flight to Ostaria.",
        "A military plane carrying 120 people from Tolmaz landed in Ostaria on Sunday.",
        "The aircraft landed in Ostaria on Sunday carrying 120 people from Tolmaz.",
        "An evacuation flight brought 120 people from Tolmaz to Ostaria on Sunday.",
    ],
)
def test_people_flown_out_are_a_flow_where_the_flight_goes(nlp: Language, text: str) -> None:
    (flow,) = _flows(nlp, text)
    assert flow.count == 120
    assert flow.destination == ("state/ostaria",)
    assert flow.origin == ("settlement/tolmaz",)
    assert flow.date == "2023-06-11"


@pytest.mark.parametrize(
    "text",
    [
        "The Nordavian Army flew three helicopters to Ostaria on Sunday.",
        "A plane carrying 120 tonnes of aid landed in Ostaria on Sunday.",
        "Ostaria will fly 120 of its citizens out of Tolmaz on a flight to Ostaria next week.",
        "The minister flew to Ostaria on Sunday with 12 officials.",
    ],
)
def test_flights_of_things_or_still_to_come_stay_silent(nlp: Language, text: str) -> None:
    assert not _flows(nlp, text)
