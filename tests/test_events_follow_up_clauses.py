"""A bare figure answering a short follow-up question ("And now?") may carry a clause of its own
after it ("About 210 a day, as the sawmills have restarted."): it still counts the flow the
conversation counted just before. A figure inside a clause with its own verb tells its own event.

Every exchange here is invented for the test; entities are built by hand so that only event
reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

NAMES = {
    "Tarnland": ("state/TL", "State"),
    "Kelmet": ("checkpoint/kelmet", "Checkpoint"),
}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "HOST: Is Kelmet busy again since the new bridge?\n\n"
            "GUEST: It is. Usually about 140 lorries a day cross at Kelmet, mostly timber.\n\n"
            "HOST: And this month?\n\nGUEST: About 210 a day, as the sawmills have restarted.",
            210,
        ),
        (
            "Q: How busy is Kelmet in winter?\n\nA: Some 90 buses cross at Kelmet every day.\n\nQ: And in summer?\n\n"
            "A: Maybe 160 a day, as the ski resorts are open.",
            160,
        ),
    ],
)
def test_a_follow_up_figure_with_a_clause_after_it_counts_the_flow(nlp: Language, text: str, count: int) -> None:
    flows = [e for e in named_events(nlp, text, NAMES, date(2026, 6, 16)) if e.type == "BorderCrossing"]
    (later,) = [f for f in flows if f.count == count]
    assert later.via == ("checkpoint/kelmet",)
