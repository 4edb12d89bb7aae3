"""A state's body whose own name has "of" inside keeps it whole when its owner is added.

"House of Representatives" of a state is "House of Representatives of X", also as the text wrote
it ("Nepal's House of Representatives"): never "House of Representatives of Representatives of X".
Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article


@pytest.mark.parametrize(
    "text",
    [
        "The House of Representatives of Japan passed the border bill on Friday.",
        "Nepal's House of Representatives voted on Tuesday to reopen two crossings with India.",
    ],
)
def test_entities_addresses_owner_split_after_the_whole_body(nlp: Language, text: str) -> None:
    """A body's own name with "of" inside keeps it whole when its owner is added: no "X of Y of Z"."""
    article = Article(id="t", text=text, source="test")
    house = next(e for e in find_entities(nlp(text), article) if e.name.startswith("House of Representatives"))
    assert not any("Representatives of Representatives" in n for n in (house.name, *house.aliases))
