"""A count of stopped or refused crossings after a "since" clause with a day of its own ("Since
the new rules took effect on 4 March, officers have refused entry to 1,210 people") covers the
time from that day on: the clause's day opens the period, it is not the day of the figure.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2026, 6, 17)

NAMES = {
    "Nordavia": ("state/nordavia", "State"),
    "Ostaria": ("state/ostaria", "State"),
    "Tolmaz": ("checkpoint/tolmaz", "Checkpoint"),
}


@pytest.mark.parametrize(
    "text",
    [
        "Since Nordavia tightened its visa checks on 4 March, it has refused entry to 1,210 travellers at Tolmaz.",
        "Since a stricter passport check began on 4 March, 1,210 Ostarians have been denied entry into Nordavia at"
        " Tolmaz.",
        "Since the fence was finished on 4 March, Nordavian officers have prevented 1,210 attempts to cross into"
        " the country illegally from Ostaria.",
    ],
)
def test_events_stops_since_clause_day_opens_the_period(nlp: Language, text: str) -> None:
    events = [e for e in named_events(nlp, text, NAMES, PUB) if e.count == 1210]
    assert events, "the stopped crossings are found"
    assert all((e.start_date, e.date) == ("2026-03-04", None) for e in events)


def test_events_stops_own_day_stays_the_day(nlp: Language) -> None:
    text = "On 4 March, Nordavia refused entry to 1,210 travellers at Tolmaz."
    events = [e for e in named_events(nlp, text, NAMES, PUB) if e.count == 1210]
    assert events and all(e.date == "2026-03-04" and e.start_date is None for e in events)
