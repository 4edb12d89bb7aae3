"""Rates the parser hangs away from the verb: "each day" parsed under the phrase after it ("crossed
the river each day before the floods") and a weekday that stands for any ("on a typical
weekday some 6,300 travellers cross at X") make the figure a daily rate
(:func:`kg.extract.event_time.clause_rate`). "A day before the floods" is one day earlier, no rate.

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
    "Zambia": ("state/ZM", "State"),
    "Korvani crossing": ("checkpoint/korvani", "Checkpoint"),
}


def _flows(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said about 6,300 people crossed the border into Zambia each day before the floods.",
        "Police said about 6,300 people crossed the border into Zambia each day before the war.",
        "On a typical weekday some 6,300 travellers cross into Zambia at the Korvani crossing.",
    ],
)
def test_a_rate_away_from_the_verb_is_daily(nlp: Language, text: str) -> None:
    (flow,) = _flows(nlp, text)
    assert (flow.count, flow.per_time_unit) == (6300, "day")


def test_a_day_before_is_no_rate(nlp: Language) -> None:
    (flow,) = _flows(nlp, "About 6,300 people crossed into Zambia a day before the closure, officials said.")
    assert flow.per_time_unit is None
