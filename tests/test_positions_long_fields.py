"""An office whose field runs over several words before its holder's name, no comma between.

"Minister of Road and Waterways Development Jo Roe": the model reads the field and the name as
one body (or misses both); the field's words are everyday words of the lexicon, the name's are
not, so the name after them is the holder. Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


def _positions(nlp: Language, text: str) -> set[tuple[str, str]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    return {(p.holder, p.title) for p in find_positions(doc, article, find_entities(doc, article))}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The delegation included Minister of Road and Waterways Development Olzii Baatarsukh.",
            ("person/olzii-baatarsukh", "Minister of Road and Waterways Development"),
        ),
        (
            "He was accompanied by Minister for Forestry and Mining Halvard Ilvessalo-Brun on Friday.",
            ("person/halvard-ilvessalo-brun", "Minister for Forestry and Mining"),
        ),
        (
            "Talks on the dam were joined by Minister of Labour and Social Protection Teodora Blagoeva.",
            ("person/teodora-blagoeva", "Minister of Labour and Social Protection"),
        ),
        (
            "The side included Minister for Home Affairs Anik Drobnyak and a team of advisers.",
            ("person/anik-drobnyak", "Minister for Home Affairs"),
        ),
    ],
)
def test_positions_long_fields_name_after_field(nlp: Language, text: str, want: tuple[str, str]) -> None:
    assert want in _positions(nlp, text)


def test_positions_long_fields_body_with_article_is_no_field(nlp: Language) -> None:
    """ "of the X Y" names a body, not a field: its words are never skipped as one."""
    got = _positions(nlp, "He met Speaker of the National Grand Assembly Mirela Korvanen-Oprea in the capital.")
    assert ("person/mirela-korvanen-oprea", "Speaker") in got
