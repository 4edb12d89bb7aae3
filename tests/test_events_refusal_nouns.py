"""A refusal of entry told by its noun counts people refused as the verb does ("refused entry to
27"): "counted 27 denials of entry at X", "guards at X recorded 27 entry refusals", and a refusal
noun whose figure moves ("entry refusals at X went from 58 in April to 27 in May": one count per
month). It takes place at the crossing it names. A refusal of anything else is no crossing.

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
    "Latvia": ("state/LV", "State"),
}


def _refusals(nlp: Language, text: str) -> list[Event]:
    return [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    "text",
    [
        "Guards at the Kolvenbrug Bridge recorded 27 entry refusals in May.",
        "The border guard counted 27 denials of entry at the Kolvenbrug Bridge in May.",
        "In May, entry refusals at the Kolvenbrug Bridge climbed to 27.",
    ],
)
def test_a_counted_refusal_noun_at_a_crossing(nlp: Language, text: str) -> None:
    (refusal,) = _refusals(nlp, text)
    assert refusal.count == 27
    assert "checkpoint/kolvenbrug" in refusal.place
    assert refusal.start_date == "2026-05-01"


@pytest.mark.parametrize(
    "text",
    [
        "Entry refusals at the Kolvenbrug Bridge went from 58 in April to 27 in May.",
        "At the Kolvenbrug Bridge, entry refusals went down from 58 in April to 27 in May.",
    ],
)
def test_a_refusal_figure_that_moves_counts_each_month(nlp: Language, text: str) -> None:
    found = sorted((e.count, e.start_date) for e in _refusals(nlp, text))
    assert found == [(27, "2026-05-01"), (58, "2026-04-01")]


def test_a_refusal_of_anything_else_is_no_crossing(nlp: Language) -> None:
    text = "The refusal of the offer by Latvia surprised 40 observers at the Kolvenbrug Bridge."
    assert _refusals(nlp, text) == []
