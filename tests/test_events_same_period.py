"""A measure that lasts "for / during the same period" covers the period a sentence before states
("1. Night traffic is banned from 12 to 29 April. ... 3. The crossing points ... are closed for the
same period"); "in the same period last year" is a comparison's base, no anaphor.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

PUB = date(2026, 11, 2)

NAMES = {
    "Varnolia": ("state/varnolia", "State"),
    "Kesselmark": ("state/kesselmark", "State"),
    "Ostrova": ("settlement/ostrova", "Settlement"),
    "Bremmin": ("settlement/bremmin", "Settlement"),
}


def _closures(nlp: Language, text: str) -> list[Event]:
    text = "OSTRAVEN, Varnolia, 2 November 2026 - " + text
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderClosure"]


@pytest.mark.parametrize(
    "text",
    [
        "The Prefect orders the following restrictions.\n\n"
        "1. Night traffic is banned from 10 p.m. to 4 a.m. in Ostrova, from Monday 6 April 2026 to Wednesday "
        "6 May 2026.\n\n"
        "2. The cattle fairs of Ostrova are called off until further notice.\n\n"
        "3. Lorry traffic is prohibited at any hour in Ostrova.\n\n"
        "4. The crossing points between Ostrova and Bremmin stay shut to all vehicles for the same period.",
        "Road works took place on the bridge at Ostrova from 6 April 2026 to 6 May 2026. The crossings "
        "between Ostrova and Bremmin were shut during the same period, the ministry said.",
    ],
)
def test_same_period_a_measure_lasts_the_period_stated_before(nlp: Language, text: str) -> None:
    (closure,) = _closures(nlp, text)
    assert (closure.start_date, closure.end_date) == ("2026-04-06", "2026-05-06")


def test_same_period_of_last_year_is_no_anaphor(nlp: Language) -> None:
    text = (
        "Road works took place from 10 to 14 October. The crossings between Ostrova and Bremmin were closed "
        "in the same period last year."
    )
    assert all(c.start_date is None for c in _closures(nlp, text))
