"""A closure told with its day and, in the same sentence, its reopening ("was closed on 6 June,
and the police reopened it this morning", "closed the crossing on Saturday and reopened it on
Tuesday") lasts from the one day to the other: a period, no longer the one day of the closing. A
closure with no reopening keeps its day.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

#: A Wednesday.
PUB = date(2026, 6, 10)

NAMES = {
    "Sweden": ("state/SE", "State"),
    "Velmora": ("checkpoint/velmora", "Checkpoint"),
    "Sandbu Police": ("agency/sandbu-police", "Agency"),
}


def _closure(nlp: Language, text: str) -> tuple[str | None, str | None, str | None]:
    (ev,) = [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderClosure"]
    return ev.date, ev.start_date, ev.end_date


@pytest.mark.parametrize(
    ("text", "end"),
    [
        (
            "The Velmora crossing was closed on 6 June because of the storm, and the Sandbu Police reopened "
            "it this morning.",
            "2026-06-10",
        ),
        (
            "Sweden closed the Velmora crossing on Saturday and reopened it on Tuesday after the floods receded.",
            "2026-06-09",
        ),
    ],
)
def test_events_closure_reopened_in_its_sentence_is_a_period(nlp: Language, text: str, end: str) -> None:
    start = "2026-06-06"
    assert _closure(nlp, text) == (None, start, end)


def test_events_closure_without_reopening_keeps_its_day(nlp: Language) -> None:
    text = "Sweden closed the Velmora crossing on Saturday because of the floods."
    assert _closure(nlp, text) == ("2026-06-06", "2026-06-06", None)
