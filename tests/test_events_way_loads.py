"""A way across counts its own traffic however a release puts it: a bridge or causeway that
"carried" N travellers (as "handled" does), and the passive "used by N vehicles a day" said of the
crossing itself, of "it", or of the link a crossing is described as. A boat or bus that carries
people, and a hall used by delegates, are no way across.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

PUB = date(2026, 6, 10)

NAMES = {
    "Kolvenbrug Bridge": ("checkpoint/kolvenbrug", "Checkpoint"),
    "Estonia": ("state/EE", "State"),
    "Latvia": ("state/LV", "State"),
    "Selvino": ("settlement/selvino", "Settlement"),
}


def _flows(nlp: Language, text: str) -> list[Event]:
    return [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    "text",
    [
        "In 2025 the Kolvenbrug Bridge carried just over 2,600,000 travellers between Estonia and Latvia.",
        "Last year the Kolvenbrug Bridge carried 2.6 million people, its busiest year since it opened.",
    ],
)
def test_a_bridge_that_carried_travellers(nlp: Language, text: str) -> None:
    flows = _flows(nlp, text)
    assert [(f.count, f.via, f.start_date) for f in flows] == [(2_600_000, ("checkpoint/kolvenbrug",), "2025-01-01")]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        (
            "Opened in 1998, the Kolvenbrug Bridge joins Estonia to Latvia. It is used by 2,100 to 2,450 lorries daily",
            2100,
            2450,
        ),
        ("The Kolvenbrug Bridge, used by 3,850 cars daily, joins Estonia to Latvia.", 3850, 3850),
        (
            "Drivers say the Kolvenbrug Bridge is a toll-free link over the river, used by about 3,850 cars a day.",
            3850,
            3850,
        ),
    ],
)
def test_a_way_used_by_counted_traffic(nlp: Language, text: str, low: int, high: int) -> None:
    (flow,) = _flows(nlp, text)
    assert flow.via == ("checkpoint/kolvenbrug",)
    assert (flow.count or flow.count_min, flow.count or flow.count_max) == (low, high)
    assert flow.per_time_unit == "day"


@pytest.mark.parametrize(
    "text",
    [
        "A ferry carried 40 passengers to Selvino on Monday.",
        "The town hall in Selvino was used by 300 delegates last week.",
        "The Kolvenbrug Bridge is used by farmers from both banks.",
    ],
)
def test_what_is_no_way_across_or_counts_nobody(nlp: Language, text: str) -> None:
    assert [f for f in _flows(nlp, text) if f.via] == []
