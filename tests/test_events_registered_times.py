"""People counted by a verb of recording with the movement after it ("N people were registered
entering X", "N travellers were recorded leaving Y") take the time of the recording clause ("During
the week of 16 to 22 March, ...", "In April, ..."), not that of a figure told before.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

#: A Tuesday.
PUB = date(2026, 6, 16)

NAMES = {
    "Sweden": ("state/SE", "State"),
    "Norway": ("state/NO", "State"),
    "Velmora": ("checkpoint/velmora", "Checkpoint"),
}


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "Since 1 March, 15,210 people have entered Sweden at Velmora. During the week of 16 to 22 March, "
            "6,318 people were registered entering the country at the post.",
            ("2026-03-16", "2026-03-22"),
        ),
        (
            "In the week from 16 to 22 March, 6,318 travellers were registered entering Sweden through Velmora.",
            ("2026-03-16", "2026-03-22"),
        ),
        ("In April, 6,318 people were recorded leaving Norway through Velmora.", ("2026-04-01", "2026-04-30")),
    ],
)
def test_events_recorded_movement_takes_the_recording_time(nlp: Language, text: str, period: tuple[str, str]) -> None:
    (flow,) = [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing" and e.count == 6318]
    assert (flow.start_date, flow.end_date) == period
