"""A complement that says when an office is held is no part of it: "the President of the Board for
the month of May" holds "President of the Board". Every name here is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


def _titles(nlp: Language, text: str) -> set[tuple[str, str]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    return {(p.holder, p.title) for p in find_positions(doc, article, find_entities(doc, article))}


@pytest.mark.parametrize(
    "text",
    [
        "Speaking to reporters, the President of the Board for the month of May, Ambassador Anselm Drayke, "
        "said the talks would go on in Gabon.",
        "The President of the Board for this year, Anselm Drayke, said the talks would go on in Gabon.",
    ],
)
def test_positions_term_of_office_is_no_part_of_the_title(nlp: Language, text: str) -> None:
    assert ("person/anselm-drayke", "President of the Board") in _titles(nlp, text)
