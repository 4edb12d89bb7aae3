"""Two offices joined before one name, the second opening with a qualifier its title leaves out.

Invented sentences through the real model: "Deputy Minister and Government Spokesman X" names one
person holding both offices, though "Government" (or "Presidential") stands between the "and" and
the second office's head word.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "holder", "state", "first"),
    [
        (
            "Deputy Minister and Government Spokesman Kasimir Orlewandt told reporters in Warsaw that Poland would "
            "keep the crossing closed.",
            "person/kasimir-orlewandt",
            "state/PL",
            "deputy minister",
        ),
        (
            "Speaking in Vilnius, Deputy Foreign Minister and Presidential Spokesman Tomas Veldrinas said Lithuania "
            "had recalled its envoy.",
            "person/tomas-veldrinas",
            "state/LT",
            "deputy foreign minister",
        ),
    ],
)
def test_positions_joined_qualifiers_give_both_offices(
    nlp: Language, text: str, holder: str, state: str, first: str
) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    got = {
        (p.title.lower(), p.post_in)
        for p in find_positions(doc, article, find_entities(doc, article))
        if p.holder == holder
    }
    assert (first, state) in got
    assert any("spokesman" in title for title, _ in got)
