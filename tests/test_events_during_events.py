"""What happened "during the operation" or "throughout the closure" takes that event's time.

A report dates an operation or a closure once and then tells what happened within it by pointing
back with a noun; before, such arrests and flows were left undated. The event pointed at is the
latest one of the noun's kind told before; an event with a time of its own keeps it.

Every sentence here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2026, 10, 20)

NAMES = {
    "Norland": ("state/norland", "State"),
    "Tarnia": ("state/tarnia", "State"),
    "Orvik Bridge": ("checkpoint/orvik-bridge", "Checkpoint"),
    "Pelling": ("settlement/pelling", "Settlement"),
    "Vastmoor": ("settlement/vastmoor", "Settlement"),
    "Norland Army": ("agency/norland-army", "Agency"),
}


def _counted(nlp: Language, text: str, count: int):
    return next(e for e in named_events(nlp, text, NAMES, PUB) if e.count == count)


@pytest.mark.parametrize(
    ("text", "count", "period"),
    [
        (
            "Norland Army units conducted an operation in the hills near Pelling between 3 and 6 October. "
            "Soldiers arrested 19 people during the operation, the army said.",
            19,
            ("2026-10-03", "2026-10-06"),
        ),
        (
            "Norland closed the Orvik Bridge on 5 October and reopened it on 9 October. Throughout the "
            "closure, some 4,270 travellers crossed into Norland from Tarnia at Vastmoor instead.",
            4270,
            ("2026-10-05", "2026-10-09"),
        ),
    ],
)
def test_an_event_told_during_another_takes_its_period(
    nlp: Language, text: str, count: int, period: tuple[str, str]
) -> None:
    found = _counted(nlp, text, count)
    assert (found.start_date, found.end_date) == period


def test_an_event_with_its_own_day_keeps_it(nlp: Language) -> None:
    text = (
        "Norland shut the Orvik Bridge to all traffic from 5 to 9 October for repairs to its deck. "
        "During the closure, on 7 October, 2,160 travellers crossed into Norland from Tarnia at Vastmoor."
    )
    found = _counted(nlp, text, 2160)
    assert found.date == "2026-10-07"
