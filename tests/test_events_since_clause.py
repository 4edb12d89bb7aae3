"""A figure after a clause opened by "since" ("Since the bridge reopened on 3 March, 8,730 people
have crossed") counts from the day (or month) that clause names: a start, not the figure's date.
The event the clause itself tells keeps its own date.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Friday.
PUB = date(2026, 9, 18)

NAMES = {
    "Norvalia": ("state/norvalia", "State"),
    "Kelo": ("checkpoint/kelo", "Checkpoint"),
}


def _crossings(nlp: Language, text: str) -> list[Event]:
    text = "Norvalia, 18 September 2026 - " + text
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("text", "count", "start"),
    [
        ("Since the Kelo checkpoint reopened on 2 September, 7,329 people have entered Norvalia.", 7329, "2026-09-02"),
        (
            "Since the ferry service was restored on Monday, about 1,863 travellers have arrived in Norvalia.",
            1863,
            "2026-09-14",
        ),
        ("Since the curfew was lifted in July, some 26,000 people have crossed into Norvalia.", 26000, "2026-07-01"),
    ],
)
def test_since_clause_day_opens_the_figures_period(nlp: Language, text: str, count: int, start: str) -> None:
    (flow,) = [e for e in _crossings(nlp, text) if e.count == count]
    assert (flow.start_date, flow.date) == (start, None)


def test_figure_with_its_own_date_keeps_it(nlp: Language) -> None:
    text = "Since the Kelo checkpoint reopened, 640 people entered Norvalia on Thursday."
    (flow,) = [e for e in _crossings(nlp, text) if e.count == 640]
    assert flow.date == "2026-09-17"
