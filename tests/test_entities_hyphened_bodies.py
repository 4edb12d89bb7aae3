"""A security body's name whose first word is a hyphenated adjective ("the Prince-Bishopric
Border Guard") keeps both halves: the pattern for the head noun stops at the hyphen, and the
name cut there ("Bishopric Border Guard") is no body anyone calls so.

Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from named_entities import found_entities
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("A Prince-Bishopric Border Guard spokesman said the pass was shut.", "Prince-Bishopric Border Guard"),
        ("Two patrols of the Arch-Ducal Coast Guard found the boat on Sunday morning.", "Arch-Ducal Coast Guard"),
        ("The Royal-Imperial Police questioned eleven drivers at the frontier last week.", "Royal-Imperial Police"),
    ],
)
def test_entities_hyphened_bodies_keep_both_halves(nlp: Language, text: str, body: str) -> None:
    names = [name for name, _ in found_entities(nlp, text)]
    assert body in names
    assert body.split("-", 1)[1] not in names
