"""A force's territorial command named by a compass word ("the Southern Military Region", "the
Central Military District") is a unit of the state's forces, an agency, as a numbered one is ("the
4th Military Region"); no region of the map. Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article


def _typed(nlp: Language, text: str) -> dict[str, str]:
    return {e.name: e.type for e in extract(nlp(text), Article(id="t", text=text, source="test")).entities}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Two tank companies joined the Southern Military Region last week, the Tunisian army said.",
            "Southern Military Region",
        ),
        (
            "The Central Military District moved two brigades west, the Kazakh defence ministry said.",
            "Central Military District",
        ),
        ("Two battalions of the Western Naval Zone sailed at dawn, the Peruvian navy said.", "Western Naval Zone"),
    ],
)
def test_entities_compass_commands_are_agencies(nlp: Language, text: str, name: str) -> None:
    assert _typed(nlp, text).get(name) == "Agency"


def test_entities_compass_commands_need_the_force_word(nlp: Language) -> None:
    """ "the Southern Region" without "Military" is the map's."""
    assert (
        _typed(nlp, "Rain is expected in the Southern Region of Tunisia on Monday.").get("Southern Region") == "Region"
    )
