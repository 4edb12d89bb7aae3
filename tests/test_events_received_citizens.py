"""A place that "received" people counted by their nationality takes them in ("Varnolia has received
over 37,500 X citizens in the month of May alone", "has received 12,500 Andorran nationals
since January"), as it does refugees; a minister who "received the citizens of X" takes in no one.
"The month of May" is the month even though "May" alone may be a modal.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.extract.timex import find_times
from kg.model import Event

PUB = date(2026, 6, 2)

NAMES = {
    "Varnolia": ("state/varnolia", "State"),
    "Kesselmark": ("state/kesselmark", "State"),
    "Ostrova": ("settlement/ostrova", "Settlement"),
}


def _crossings(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Minister Lind said that Varnolia has received over 37,500 Kesselmark citizens at its road "
            "crossings in the month of May alone.",
            37500,
        ),
        ("Varnolia has received 12,500 Andorran nationals since January, the ministry said.", 12500),
    ],
)
def test_received_citizens_counted_nationals_arrive(nlp: Language, text: str, count: int) -> None:
    (crossing,) = _crossings(nlp, text)
    assert crossing.destination == ("state/varnolia",)
    assert crossing.count == count


def test_received_citizens_a_received_delegation_is_no_flow(nlp: Language) -> None:
    assert _crossings(nlp, "The minister of Varnolia received the citizens of Ostrova at the palace.") == []


@pytest.mark.parametrize("text", ["in the month of May alone", "during the month of May"])
def test_received_citizens_the_month_of_may_is_a_month(text: str) -> None:
    (time,) = find_times(text, PUB, 0)
    assert time.date == "2026-05"
