"""A running total brought up "to" a figure ("..., bringing the total since March 2025 to
1,930") takes the time written after "the total"; the figure before it keeps its own ("Since 1
January, 640 ...").

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2026, 7, 10)

NAMES = {
    "Varnolia": ("state/varnolia", "State"),
    "Kesselmark": ("state/kesselmark", "State"),
}


@pytest.mark.parametrize(
    "text",
    [
        "Since 1 January, border guards have stopped 640 people trying to cross from Kesselmark into Varnolia, "
        "bringing the total since March 2025 to 1,930.",
        "Border guards have stopped 640 people trying to cross from Kesselmark into Varnolia since 1 January, "
        "taking the total since March 2025 to 1,930.",
        "Since 1 January, 640 attempts to cross from Kesselmark into Varnolia have been stopped, bringing the "
        "tally since March 2025 to 1,930.",
    ],
)
def test_a_running_total_takes_the_time_after_its_noun(nlp: Language, text: str) -> None:
    starts = {e.count: e.start_date for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing"}
    assert starts == {640: "2026-01-01", 1930: "2025-03-01"}
