"""Crossings named after the towns on their two sides, joined by a hyphen or a slash without spaces.

Classes: "the A/B crossing" (a slash, the pattern stopped at it and kept B alone), and "at A-B" after
a crossing noun ("the new bridge at A-B", "a single control post at A-B"; the name after "at" stopped
at the hyphen and kept A alone). Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Drivers waited nearly three hours at the Saddow/Brakka crossing on Sunday.", "Saddow/Brakka"),
        ("Travellers heading north were told to use the Quenby/Tolliver crossing point instead.", "Quenby/Tolliver"),
    ],
)
def test_entities_crossing_pairs_slash(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Checkpoint"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The new bridge at Hollin-Vessany will double the number of lorries that can cross each day.",
            "Hollin-Vessany",
        ),
        ("Both governments want one joint checkpoint at Marrick-Dunmere by the spring.", "Marrick-Dunmere"),
    ],
)
def test_entities_crossing_pairs_hyphen_after_at(nlp: Language, text: str, name: str) -> None:
    types = linked_types(nlp, text)
    assert types.get(name) == {"Checkpoint"}, types
