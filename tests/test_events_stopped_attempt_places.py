"""A crossing attempt that was stopped took place at the border of the state it tried to enter:
"frontier guards foiled 185 attempts at illegal entry", "guards intercepted 56 migrants without
papers", "some 73 people were stopped while trying to cross into X". A refusal of entry was
already placed so.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Wednesday.
PUB = date(2026, 6, 10)

NAMES = {
    "Corrund": ("state/corrund", "State"),
    "Pellavar": ("state/pellavar", "State"),
}


def _attempts(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, "Corrund, 10 June 2026 - " + text, NAMES, PUB)
    return [e for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Frontier guards foiled 185 attempts at illegal entry over the weekend.", 185),
        ("Guards intercepted 56 migrants without papers near the frontier on Saturday.", 56),
        (
            "Some 73 people were stopped on Sunday while trying to cross into Corrund from Pellavar away from "
            "the official posts.",
            73,
        ),
    ],
)
def test_a_stopped_attempt_takes_place_in_the_state_it_tried_to_enter(nlp: Language, text: str, count: int) -> None:
    (attempt,) = _attempts(nlp, text)
    assert attempt.destination == ("state/corrund",)
    assert attempt.place == ("state/corrund",)
    assert attempt.count == count
