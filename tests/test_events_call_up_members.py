"""A call-up counts the members of an armed body it calls ("summoned N members of the standby
reserve", "N members of the National Guard were mobilised"); members of other bodies ("members of
parliament") are no head count of it.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

PUB = date(2026, 9, 18)

NAMES = {
    "Ostrelia": ("state/ostrelia", "State"),
    "Ostrelian Army": ("agency/ostrelian-army", "Agency"),
}


def _call_ups(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "Mobilization"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "The Ostrelian Army will call up 1,850 members of its standby reserve ahead of winter drills.",
            1850,
        ),
        ("Ostrelia has mobilised 1,183 members of its territorial reserve to guard the northern dams.", 1183),
    ],
)
def test_members_of_an_armed_body_are_the_call_up_count(nlp: Language, text: str, count: int) -> None:
    (call_up,) = _call_ups(nlp, text)
    assert call_up.count == count


def test_members_of_parliament_are_no_call_up_count(nlp: Language) -> None:
    text = "Ostrelia mobilised its reserve on Monday, a step 75 members of parliament had opposed."
    assert all(c.count is None for c in _call_ups(nlp, text))
