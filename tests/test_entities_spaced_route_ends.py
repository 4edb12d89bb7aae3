"""A road named after its two ends with a spaced dash ("the Brzotin - Gallhofen road", "the
Welsdorf – Pruchna highway") names two towns, as the hyphenated form does.

Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from named_entities import found_entities
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("Police keep checking cars on the Brzotin - Gallhofen road through June.", ("Brzotin", "Gallhofen")),
        ("Lorries were diverted onto the Welsdorf – Pruchna highway after the crash.", ("Welsdorf", "Pruchna")),
    ],
)
def test_entities_spaced_route_ends_are_towns(nlp: Language, text: str, ends: tuple[str, str]) -> None:
    found = found_entities(nlp, text)
    for end in ends:
        assert (end, "Settlement") in found
