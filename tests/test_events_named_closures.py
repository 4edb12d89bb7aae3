"""A crossing point closed under its bare name ("X was closed to buses from Tuesday") or as "it"
("It was closed for nine weeks") is a border closure of that crossing, as "the X crossing was
closed" is. A town, a bank or a museum that "was closed" is none.

Every sentence here is invented for the test; entities are built by hand so that only event
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
    "Brisk": ("settlement/brisk", "Settlement"),
    "Brisk Savings Bank": ("organization/brisk-savings-bank", "Organization"),
}


def _closures(nlp: Language, text: str) -> list:
    return [e for e in named_events(nlp, text, NAMES, date(2026, 6, 16)) if e.type == "BorderClosure"]


@pytest.mark.parametrize(
    "text",
    [
        "Q: And the post at Kelmet, was it shut?\n\nA: Kelmet was closed to buses from Tuesday night until Thursday "
        "morning, after a drivers' strike.",
        "REPORTER: Kelmet had been closed since April because of the landslide, officials told us.",
        "A: The Kelmet checkpoint reopened on Monday. It was closed for nine weeks while the road was rebuilt.",
    ],
)
def test_a_crossing_closed_by_name_or_it_is_a_closure(nlp: Language, text: str) -> None:
    (closure,) = _closures(nlp, text)
    assert closure.target == ("checkpoint/kelmet",)


@pytest.mark.parametrize(
    "text",
    [
        "A: The Brisk Savings Bank was shut on Monday after the storm.",
        "A: Brisk was closed to visitors for a week after the storm.",
        "A: The old museum in Brisk was damaged. It was closed for nine weeks.",
    ],
)
def test_other_things_closed_by_name_are_no_closure(nlp: Language, text: str) -> None:
    assert _closures(nlp, text) == []
