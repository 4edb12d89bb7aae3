"""A craft named by its own name or model ("The Antonov landed at X carrying 57 people", "The
Dash 8 landed at X with ...") lands people where a plane does: only craft land.

Every sentence is invented for the test, in two or more wordings, with a near miss that must stay
silent. Entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2024, 9, 12)
NAMES = {"Malta": ("state/MT", "State"), "Kelmora": ("settlement/kelmora", "Settlement")}


def _flows(nlp: Language, text: str) -> dict[int | None, tuple[str, ...]]:
    events = named_events(nlp, text, NAMES, PUB)
    return {e.count: e.destination for e in events if e.type == "BorderCrossing"}


@pytest.mark.parametrize(
    "text",
    [
        "The Antonov landed at Kelmora this morning carrying 84 people, all of them engineers.",
        "The Globemaster landed at Kelmora on Wednesday evening, carrying 84 people.",
    ],
)
def test_events_named_craft_land_people(nlp: Language, text: str) -> None:
    assert _flows(nlp, text).get(84, ())[:1] == ("settlement/kelmora",)


def test_events_named_craft_carried_no_one(nlp: Language) -> None:
    assert _flows(nlp, "The Antonov landed at Kelmora just after noon.") == {}
