"""A body named "<Name> of <State>" that no ministry list knows: "the Electoral Commission of X".

The gazetteer takes the state's name inside the model's span, which left the body nothing; the
body is its words before "of", it belongs to the state named after them, and it keeps the full
written name. Invented sentences through the real model.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "key", "name"),
    [
        (
            "The Electoral Commission of Bhutan says 412,300 people are on the voters' roll.",
            "agency/electoral-commission-bhutan",
            "Electoral Commission of Bhutan",
        ),
        (
            "Officials of the Human Rights Commission of Mauritius visited the detention centre on Monday.",
            "agency/human-rights-commission-mauritius",
            "Human Rights Commission of Mauritius",
        ),
    ],
)
def test_entities_bodies_of_states_keep_the_body(nlp: Language, text: str, key: str, name: str) -> None:
    article = Article(id="t", text=text, source="test", published=date(2026, 4, 14))
    found = {e.key: e for e in find_entities(nlp(text), article)}
    assert key in found
    assert name in {found[key].name, *found[key].aliases}
