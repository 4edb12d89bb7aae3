"""Crossing points named as customs posts: invented sentences through the real model.

Class: "the X customs post" names the crossing X (also written "X customs post"), as "the X
border post" does, instead of a body or nothing; "the customs post at X" leaves the town X, as
"the control post at X" does.
"""

from __future__ import annotations

import pytest
from named_entities import found_entities, linked_types
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lorries waited two days at the Brellin customs post on the border with Kenya, drivers said.", "Brellin"),
        (
            "Tanzania and Zambia agreed on Tuesday to run the Keddra customs post as a single border post.",
            "Keddra",
        ),
    ],
)
def test_entities_crossing_customs_posts_name_the_crossing(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Checkpoint"}


def test_entities_crossing_customs_posts_keep_the_written_kind(nlp: Language) -> None:
    text = "Smugglers were stopped at the Solvany customs post near the border with Serbia on Monday."
    found = [e for e in find_entities(nlp(text), Article(id="t", text=text, source="test")) if e.type == "Checkpoint"]
    assert [("Solvany customs post" in e.aliases) for e in found] == [True]


def test_entities_crossing_customs_posts_post_at_a_town_leaves_the_town(nlp: Language) -> None:
    text = "The new customs post at Varnhem, on the border with Norway, opens in May."
    assert ("Varnhem", "Checkpoint") not in found_entities(nlp, text)
