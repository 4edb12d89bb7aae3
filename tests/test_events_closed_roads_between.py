"""A road named by its ends that stays closed is a closure of that way across, whatever it is closed
to: "the road between X and Y will remain closed to through traffic until Friday", "the highway
between Y and X stays closed until 30 June". A road named by nothing but a building, or by no end
at all, is no closure of a border.

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
    "Tarnia": ("state/tarnia", "State"),
    "Orvennes": ("settlement/orvennes", "Settlement"),
    "Lisk": ("settlement/lisk", "Settlement"),
    "Kessmarch": ("checkpoint/kessmarch", "Checkpoint"),
}


def _closures(nlp: Language, text: str) -> list[Event]:
    return [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderClosure"]


@pytest.mark.parametrize(
    ("text", "end"),
    [
        (
            "The road between Orvennes and Lisk will remain closed to through traffic until Friday 19 June, while "
            "Tarnia repairs the bridge.",
            "2026-06-19",
        ),
        ("Because of the works, the highway between Lisk and Orvennes stays closed until 30 June.", "2026-06-30"),
    ],
)
def test_a_road_named_by_its_ends_that_stays_closed_is_a_closure(nlp: Language, text: str, end: str) -> None:
    (closure,) = _closures(nlp, text)
    assert set(closure.place) == {"settlement/orvennes", "settlement/lisk"}
    assert closure.end_date == end


@pytest.mark.parametrize(
    "text",
    [
        "In Orvennes, the road to the hospital remains closed after the flood.",
        "After the storm the main road in Lisk stays closed until Monday.",
    ],
)
def test_no_way_across_is_no_closure(nlp: Language, text: str) -> None:
    assert _closures(nlp, text) == []
