"""Crossing points called a "One-Stop Border Post" (one post where both states clear travellers,
as many in Africa are): the name is the words before "One-Stop", and the kind words left beside
it name no body of their own. Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Some 3,460 lorries used the Velmara One-Stop Border Post last month.", "Velmara"),
        ("Travellers waited for hours at the Dunsby One Stop Border Post on Friday.", "Dunsby"),
        ("The Orlik One-Stop Border Post will open to buses in March, the ministry said.", "Orlik"),
    ],
)
def test_entities_one_stop_post_is_named_by_the_words_before_it(nlp: Language, text: str, name: str) -> None:
    types = kg_entity_types(nlp, text)
    assert types.get(name) == "Checkpoint"
    assert not [s for s in types if "Border Post" in s or "Stop" in s]


def test_entities_one_stop_post_named_after_at(nlp: Language) -> None:
    types = kg_entity_types(nlp, "The two states agreed to build a One-Stop Border Post at Sarnow within a year.")
    assert types.get("Sarnow") == "Checkpoint"
    assert not [s for s in types if "Border Post" in s or "Stop" in s]
