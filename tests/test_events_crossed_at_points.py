"""People who crossed or arrived "at X", X a crossing point named without a word for a way
("crossed at Velmora", not "at the Velmora checkpoint"), went through X: X is the flow's
crossing point (``via``) as it is for the longer wording, and stays where they went. A town or a
state after "at" is no crossing point.

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
    "Norway": ("state/NO", "State"),
    "Velmora": ("checkpoint/velmora", "Checkpoint"),
    "Harnvik": ("settlement/harnvik", "Settlement"),
}


def _flow(nlp: Language, text: str, count: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    (flow,) = [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing" and e.count == count]
    return flow.via, flow.destination


@pytest.mark.parametrize(
    "text",
    [
        "On Saturday alone, 7,400 people crossed at Velmora in both directions, most of them Swedes.",
        "Customs officers said 7,400 travellers crossed at Velmora in May.",
        "Some 7,400 people arrived at Velmora from Norway last week, the border guard said.",
    ],
)
def test_events_crossed_at_a_named_point_goes_via_it(nlp: Language, text: str) -> None:
    via, destination = _flow(nlp, text, 7400)
    assert via == ("checkpoint/velmora",)
    assert "checkpoint/velmora" in destination


def test_events_arrived_at_a_town_is_no_crossing_point(nlp: Language) -> None:
    via, _ = _flow(nlp, "Some 7,400 people arrived at Harnvik from Norway last week.", 7400)
    assert via == ()
