"""People a body helps to move: "the agency assisted 2,480 migrants to return home through X"
counts a flow of those people, whose count is the object of the verb of helping (the infinitive
has no subject of its own). A verb that is no help ("urged 300 families to leave") moves no one.

Every story here is invented; entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

#: A Tuesday.
PUB = date(2026, 7, 14)
NAMES = {
    "Ruvenland": ("state/ruvenland", "State"),
    "Sallow Gate": ("checkpoint/sallow-gate", "Checkpoint"),
}


def _flows(nlp: Language, text: str) -> list[tuple[int | None, tuple[str, ...]]]:
    events = named_events(nlp, text, NAMES, PUB)
    return [(e.count, e.destination) for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    "text",
    [
        "The relief agency assisted 2,480 migrants to return home to Ruvenland through the Sallow Gate "
        "between 1 February and 30 June.",
        "With bus tickets and escorts, the agency supported 2,480 stranded workers to return to Ruvenland in June.",
    ],
)
def test_people_helped_to_move_are_a_flow(nlp: Language, text: str) -> None:
    assert _flows(nlp, text) == [(2480, ("state/ruvenland",))]


def test_people_urged_to_move_are_no_flow(nlp: Language) -> None:
    assert _flows(nlp, "Officials urged 300 families to leave for Ruvenland before the floods.") == []
