"""A flow placed only by the story's destination still takes "the same period" stated before it.

"... 810,000 passed through X in 2025, and the ferry port recorded more than 240,000 crossings
during the same period": the second figure names no state, so the story's one destination
places it after the sentences are read; it covers the year its own sentence stated all the same.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2027, 2, 10)

NAMES = {
    "Veltrania": ("state/veltrania", "State"),
    "Ostrecka": ("state/ostrecka", "State"),
    "Marrowgate": ("checkpoint/marrowgate", "Checkpoint"),
    "Brannock": ("settlement/brannock", "Settlement"),
    "Tolvane": ("settlement/tolvane", "Settlement"),
}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Trade between Veltrania and Ostrecka keeps growing, the presidents said. In 2025 the Marrowgate "
            "One-Stop Border Post handled 810,000 travellers and 90,000 lorries, 9 per cent more than a year "
            "before, and the smaller Ilvany border post, between Brannock and the town of Tolvane, recorded more "
            "than 240,000 crossings during the same period. Last year 1.1 million people entered Veltrania.",
            240000,
        ),
        (
            "The ministers of Veltrania and Ostrecka met at the border on Friday. They said 640,000 people and about "
            "70,000 lorries passed through the Marrowgate post in 2025, 12 per cent more than in 2024, while the "
            "ferry landing at Ilvany, between Tolvane and the village of Brannock, counted some 150,000 crossings "
            "over the same period. In 2026, 700,000 people entered Veltrania.",
            150000,
        ),
    ],
)
def test_a_story_placed_flow_takes_the_same_period(nlp: Language, text: str, count: int) -> None:
    events = named_events(nlp, text, NAMES, PUB)
    flow = next(e for e in events if e.type == "BorderCrossing" and e.count == count)
    assert (flow.start_date, flow.end_date) == ("2025-01-01", "2025-12-31")
