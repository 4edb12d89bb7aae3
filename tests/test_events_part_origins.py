"""A part of a figure ("..., of whom 5,000 crossed into Y") comes from where the whole was driven
from, when the whole is told by a passive verb or a participle: "N people have been forced from X",
"N people displaced from X". Entities are built by hand so that only event reading is tested; every
sentence is invented for the test."""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2023, 6, 15)
NAMES = {
    "Ostravia": ("state/ostravia", "State"),
    "Velmar": ("state/velmar", "State"),
    "Dunmere": ("region/dunmere", "Region"),
}


def _origins(nlp: Language, text: str) -> dict[int | None, tuple[str, ...]]:
    events = named_events(nlp, text, NAMES, PUB)
    return {e.count: e.origin for e in events if e.type == "BorderCrossing" and e.count in (4200, 1300)}


@pytest.mark.parametrize(
    "text",
    [
        "Since March some 15,000 people have been forced from Dunmere, of whom 4,200 have crossed into "
        "Ostravia and 1,300 into Velmar.",
        "Relief groups count 15,000 people displaced from Dunmere since early March, of whom 4,200 have crossed "
        "into Ostravia and 1,300 into Velmar.",
    ],
)
def test_events_part_origins_from_where_the_whole_was_driven(nlp: Language, text: str) -> None:
    assert _origins(nlp, text) == {4200: ("region/dunmere",), 1300: ("region/dunmere",)}
