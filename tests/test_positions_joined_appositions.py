"""Two offices in apposition joined by "and", each opened by its state's possessive: "attended by
X's Minister of A, Jo Roe, and Y's Interior Minister, Jan Doe". The second holder's office opens
at the possessor after the conjunction, as it does after a preposition ("met with Y's Minister").

Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "holder", "state"),
    [
        (
            "The talks were attended by Estonia's Defence Minister, Mart Valdmaa, and Latvia's Foreign "
            "Minister, Ilze Ozola.",
            "person/ilze-ozola",
            "state/LV",
        ),
        (
            "Also present were Norway's Minister of Justice, Siri Brenvik, and Denmark's Interior Minister, "
            "Lars Oskarsen, who arrived on Sunday.",
            "person/lars-oskarsen",
            "state/DK",
        ),
    ],
)
def test_positions_second_apposed_office_after_and(nlp: Language, text: str, holder: str, state: str) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    got = {(p.holder, p.post_in) for p in find_positions(doc, article, find_entities(doc, article))}
    assert (holder, state) in got
