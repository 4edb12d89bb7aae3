"""A force's unit named by its head noun ("the 48th Infantry Battalion", "the 31st Infantry Battalion")
is a government body, whatever the NER read from the words around it.

Invented sentences through the real model, in two or more wordings.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A patrol of the 48th Infantry Battalion was ambushed near the river, the army said.",
            "48th Infantry Battalion",
        ),
        ("Two soldiers of the 31st Infantry Battalion were wounded on Monday.", "31st Infantry Battalion"),
    ],
)
def test_entities_force_units_are_bodies(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Agency"}
