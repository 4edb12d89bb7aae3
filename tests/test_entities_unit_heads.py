"""Taskforces and squadrons are bodies, a rank word opening their names included: invented sentences.

Class: "Taskforce" and "Squadron" end only the names of a force's or a police service's units
("the Major Fraud Taskforce", "the Air Wing Squadron"): such a name is a government body, and a
rank word it opens with ("Major") stays part of it instead of leaving a person "Fraud Taskforce".
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police said the Major Fraud Taskforce had opened an inquiry.", "Major Fraud Taskforce"),
        ("The Major Crimes Taskforce will lead the inquiry, the commissioner said.", "Major Crimes Taskforce"),
        ("A helicopter of the Air Wing Squadron flew the injured man to hospital.", "Air Wing Squadron"),
        ("The navy said its Coastal Patrol Squadron escorted the ferry.", "Coastal Patrol Squadron"),
    ],
)
def test_entities_unit_heads_are_bodies(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Agency"}


def test_entities_unit_heads_leave_no_person(nlp: Language) -> None:
    types = linked_types(nlp, "Detectives of the Major Investigation Taskforce arrested two men in Saltvik.")
    assert "Person" not in set().union(*types.values())
