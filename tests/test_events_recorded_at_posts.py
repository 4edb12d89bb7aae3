"""A crossing point that keeps the tally ("the X border post recorded 58,000 crossings into Y",
"the X checkpoint registered 9,460 entries") is the way the counted people came through; a tally
kept by people (guards, officers) names no way.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2026, 6, 10)

NAMES = {"Norvalia": ("state/norvalia", "State"), "Kessmarch": ("kessmarch", "Checkpoint")}


def _ways(nlp: Language, text: str) -> dict[int | None, tuple[str, ...]]:
    return {e.count: e.via for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing"}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("In August, the Kessmarch border post recorded 58,000 crossings into Norvalia.", 58000),
        ("The Kessmarch checkpoint registered 9,460 entries into Norvalia last week.", 9460),
    ],
)
def test_a_post_that_keeps_the_tally_is_the_way(nlp: Language, text: str, count: int) -> None:
    assert _ways(nlp, text) == {count: ("kessmarch",)}


def test_a_tally_kept_by_people_names_no_way(nlp: Language) -> None:
    assert _ways(nlp, "Border guards recorded 9,460 entries into Norvalia last week.") == {9460: ()}
