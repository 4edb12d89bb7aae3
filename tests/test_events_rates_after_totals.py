"""A rate set in apposition after its total: "5,210 people crossed into X in May, around 170 a
day". The parser hangs the rate on the verb as an adverbial noun phrase; it is a second figure of
the same flow, counted per day (or week), with the total's destination.

Every story here is invented; entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2026, 7, 9)
NAMES = {"Tarnovia": ("state/tarnovia", "State"), "Kestrovo": ("checkpoint/kestrovo", "Checkpoint")}


def _flows(nlp: Language, text: str) -> dict[int, tuple[tuple[str, ...], str | None]]:
    events = named_events(nlp, text, NAMES, PUB)
    return {e.count: (e.destination, e.per_time_unit) for e in events if e.type == "BorderCrossing" and e.count}


@pytest.mark.parametrize(
    ("text", "total", "rate", "unit"),
    [
        (
            "The ministry said 8,240 migrants entered Tarnovia via Kestrovo in June, about 1,100 a day.",
            8240,
            1100,
            "day",
        ),
        ("Border guards said 5,210 people crossed into Tarnovia in May, around 170 a day.", 5210, 170, "day"),
        ("The agency said 3,400 people crossed into Tarnovia last month, some 110 per day.", 3400, 110, "day"),
    ],
)
def test_a_rate_after_its_total_is_a_flow_of_its_own(
    nlp: Language, text: str, total: int, rate: int, unit: str
) -> None:
    flows = _flows(nlp, text)
    assert flows[total] == (("state/tarnovia",), None)
    assert flows[rate] == (("state/tarnovia",), unit)
