"""A crossing's name as written with its lower-case kind ("the Saddow crossing") is one of its names.

The recogniser keeps "Saddow"; the form with the kind words is what other texts call it, so the
entity carries it as an alias too. Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article


def _names(nlp: Language, text: str) -> dict[str, set[str]]:
    found = find_entities(nlp(text), Article(id="t", text=text, source="test"))
    return {e.key: {e.name, *e.aliases} for e in found if e.type == "Checkpoint"}


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Guinea-Bissau reopened the Saddow crossing on Monday after nine days.", "Saddow crossing"),
        ("Lorries queued at the Marrick road border crossing into Slovakia for a day.", "Marrick road border crossing"),
    ],
)
def test_entities_crossing_written_kinds_kept_as_names(nlp: Language, text: str, written: str) -> None:
    names = _names(nlp, text)
    assert any(written in n for n in names.values()), names
