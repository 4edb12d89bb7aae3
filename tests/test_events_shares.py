"""A share written as two numbers ("Seven in ten were women") counts no one.

Every sentence is invented for the test, in two or more wordings, with near misses that must keep
their figures. Entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.extract.quantities import find_quantities

PUB = date(2024, 3, 20)
NAMES = {"Chad": ("state/TD", "State"), "Sudan": ("state/SD", "State"), "Niger": ("state/NE", "State")}


def _counts(nlp: Language, text: str) -> list[int | None]:
    events = named_events(nlp, text, NAMES, PUB)
    return sorted(e.count for e in events if e.type == "BorderCrossing" and e.count is not None)


@pytest.mark.parametrize(
    "text",
    [
        "Some 2,400 refugees crossed into Chad from Sudan in February. Seven in ten were women.",
        "About 2,400 people fled from Sudan into Chad last week. One in five of them is a child.",
        "In February 2,400 refugees crossed into Chad from Sudan, and three out of four were women.",
    ],
)
def test_events_shares_count_no_one(nlp: Language, text: str) -> None:
    assert _counts(nlp, text) == [2400]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They counted 2,000 in ten days.", [2000, 10]),
        ("Police stopped 500 in 2024.", [500]),
        ("Four in ten of the 900 arrivals were children.", [900]),
        ("Only two in every three crossings were recorded.", []),
    ],
)
def test_events_shares_quantities(text: str, expected: list[int]) -> None:
    assert [q.quantity.count for q in find_quantities(text)] == expected
