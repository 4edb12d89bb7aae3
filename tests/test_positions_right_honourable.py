"""An office set off by commas before "the Rt Hon NAME": the style is no part of the office or name.

"The Secretary of State for X, the Rt Hon Jane Roe MP, said": "Rt Hon" (Right Honourable) is how
a cabinet minister is addressed, between the office's comma and the holder. Invented sentences
through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "holder", "title"),
    [
        (
            "The Secretary of State for Wales, the Rt Hon Owen Pryce-Vaughan MP, met the minister on Tuesday.",
            "person/owen-pryce-vaughan",
            "Secretary of State for Wales",
        ),
        (
            "Talks at Hillbrae House were led by the Secretary of State for Scotland, the Rt Hon Callum Dreever "
            "MP, and lasted two hours.",
            "person/callum-dreever",
            "Secretary of State for Scotland",
        ),
    ],
)
def test_positions_right_honourable_office_before_the_style(nlp: Language, text: str, holder: str, title: str) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    got = {(p.holder, p.title) for p in find_positions(doc, article, find_entities(doc, article))}
    assert (holder, title) in got
