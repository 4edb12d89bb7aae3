"""A counted flow into one side that names no origin came from the far side its sentence names
("entries at the X checkpoint with Y", "on the southern frontier with Y, ... entries into Z"); a
flow that states its origin keeps it, and a sentence that names two far sides gives none.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2026, 6, 10)

NAMES = {
    "Norvalia": ("state/norvalia", "State"),
    "Tarnia": ("state/tarnia", "State"),
    "Velmora": ("state/velmora", "State"),
    "Kessmarch": ("kessmarch", "Checkpoint"),
    "Ostrelka": ("ostrelka", "Checkpoint"),
}


def _origins(nlp: Language, text: str) -> dict[int | None, tuple[str, ...]]:
    return {e.count: e.origin for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing"}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Norvalia recorded 7,700 entries at the Kessmarch checkpoint with Tarnia over the holiday weekend.", 7700),
        (
            "Across the southern frontier with Tarnia, border guards logged 4,480 entries into Norvalia during May.",
            4480,
        ),
    ],
)
def test_a_flow_comes_from_the_far_side_of_its_border(nlp: Language, text: str, count: int) -> None:
    assert _origins(nlp, text) == {count: ("state/tarnia",)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a stated origin stands
            "Officers at the Kessmarch crossing with Tarnia counted 3,370 arrivals from Velmora into Norvalia in May.",
            {3370: ("state/velmora",)},
        ),
        (  # leaving the near side: its own origin
            "Some 5,260 people left Norvalia last week through the Ostrelka post on its frontier with Tarnia.",
            {5260: ("state/norvalia",)},
        ),
    ],
)
def test_a_flow_with_its_own_origin_keeps_it(nlp: Language, text: str, expected: dict[int, tuple[str, ...]]) -> None:
    assert _origins(nlp, text) == expected


def test_two_far_sides_give_no_origin(nlp: Language) -> None:
    text = "Border guards logged 6,130 entries into Norvalia across its frontiers with Tarnia and Velmora in May."
    assert _origins(nlp, text) == {6130: ()}


def test_traffic_a_post_handled_has_no_far_side_to_come_from(nlp: Language) -> None:
    text = "The Kessmarch checkpoint on Norvalia's frontier with Tarnia handled 6,470 passengers in May."
    assert all(not origin for origin in _origins(nlp, text).values())
