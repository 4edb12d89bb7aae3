"""People or vehicles counted passing through the checks at a named crossing pass through the
crossing: "on average, 835 cars a day went through the checks at X", "an average of 835
travellers each day went through the border checks at X" (the counted "of" phrase of a tally as
the subject), "835 cars a day went through the passport control at X". Checks
at a place no name or way across locates ("the security checks at the stadium") carry no flow.

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

NAMES = {"Kolvenbrug Bridge": ("checkpoint/kolvenbrug", "Checkpoint")}


def _flows(nlp: Language, text: str) -> list[Event]:
    return [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    "text",
    [
        "Police said that in May, on average, 835 cars a day went through the checks at the Kolvenbrug Bridge.",
        "In May an average of 835 travellers each day went through the border checks at the Kolvenbrug Bridge.",
        "In May some 835 cars a day went through the passport control at the Kolvenbrug Bridge.",
    ],
)
def test_traffic_through_the_checks_at_a_crossing(nlp: Language, text: str) -> None:
    (flow,) = _flows(nlp, text)
    assert flow.via == ("checkpoint/kolvenbrug",)
    assert (flow.count, flow.per_time_unit, flow.start_date) == (835, "day", "2026-05-01")


def test_checks_at_an_unnamed_place_carry_no_flow(nlp: Language) -> None:
    assert _flows(nlp, "Some 835 fans passed through the security checks at the stadium on Sunday.") == []
