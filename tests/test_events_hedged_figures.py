"""A figure rounded by a speaker's phrase ("something like", "north of", "the best part of", "in
the region of") counts the flow as "about" or "more than" would: the parser hangs the counted
noun under the phrase, and :mod:`kg.nlp.hedges` hangs it back on the verb.

Every sentence here is invented for the test; entities are built by hand so that only event
reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Wednesday.
PUB = date(2026, 9, 16)

NAMES = {
    "Lithuania": ("state/LT", "State"),
    "Latvia": ("state/LV", "State"),
    "Orlenko": ("checkpoint/orlenko", "Checkpoint"),
    "Tamsin Gwyre": ("person/tamsin-gwyre", "Person"),
}


def _flows(nlp: Language, text: str) -> list[Event]:
    return [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("TAMSIN GWYRE: In midsummer our officers see something like 6,300 travellers a day at Orlenko.", None),
        ("Tamsin Gwyre said the Orlenko crossing clears in the region of 6,300 travellers a day.", None),
        ("TAMSIN GWYRE: Right now the Orlenko crossing sees north of 6,300 travellers a day.", "min"),
        (
            "Tamsin Gwyre told the radio that the Orlenko crossing carries the best part of 6,300 travellers a day.",
            "max",
        ),
    ],
)
def test_a_hedged_rate_counts_the_flow_through_the_crossing(nlp: Language, text: str, bound: str | None) -> None:
    (flow,) = _flows(nlp, text)
    assert flow.count == 6300
    assert flow.approximate
    assert flow.per_time_unit == "day"
    assert flow.via == ("checkpoint/orlenko",)
    bounds = {"min": (6300, None), "max": (None, 6300), None: (None, None)}
    assert (flow.count_min, flow.count_max) == bounds[bound]


@pytest.mark.parametrize(
    "text",
    [
        "Something like 480 people crossed from Latvia into Lithuania at Orlenko on Monday, Tamsin Gwyre said.",
        "Tamsin Gwyre reported that on Monday north of 480 people had crossed at Orlenko into Lithuania from Latvia.",
    ],
)
def test_a_hedged_head_count_of_a_crossing_is_read(nlp: Language, text: str) -> None:
    (flow,) = _flows(nlp, text)
    assert flow.count == 480
    assert flow.approximate
    assert flow.destination[0] == "state/LT"
    assert flow.origin == ("state/LV",)
    assert flow.date == "2026-09-14"
