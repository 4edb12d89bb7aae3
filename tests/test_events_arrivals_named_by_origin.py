"""Arrivals that name only where people came from ("N X citizens have landed since spring") arrive
where the story's other flows go: the origin state the sentence names is not a
second candidate destination that would leave the flow unplaced.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

#: A Monday.
PUB = date(2026, 8, 24)

NAMES = {
    "Malta": ("state/MT", "State"),
    "Maltese": ("state/MT", "State"),
    "Andorra": ("state/AD", "State"),
    "Coast Watch": ("agency/coast-watch", "Agency"),
}


def _flows(nlp: Language, text: str) -> dict[int | None, tuple[tuple[str, ...], tuple[str, ...]]]:
    events = named_events(nlp, text, NAMES, PUB)
    return {e.count: (e.origin, e.destination) for e in events if e.type == "BorderCrossing"}


@pytest.mark.parametrize(
    "text",
    [
        "The Coast Watch says it stopped a dinghy with 57 people trying to reach Andorra before dawn. "
        "Everyone aboard was brought to a reception centre. The Coast Watch says 338 Maltese citizens "
        "have arrived by boat since the spring.",
        "Officers of the Coast Watch intercepted 57 migrants bound for Andorra on Sunday. Their boat was "
        "towed to port. Since January, 338 Maltese citizens have arrived, the Coast Watch said.",
    ],
)
def test_arrivals_named_by_their_origin_go_where_the_story_goes(nlp: Language, text: str) -> None:
    assert _flows(nlp, text)[338] == (("state/MT",), ("state/AD",))


def test_arrivals_with_no_flow_to_follow_stay_unplaced(nlp: Language) -> None:
    text = "The Coast Watch counts 338 Maltese citizens who have landed since the spring."
    assert 338 not in _flows(nlp, text)
