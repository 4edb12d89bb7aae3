"""A territory's office "of" a name the model reads as a person's: the name is the territory.

"The Governor-General of X, Mr. Y," and "the Deputy Commissioner of X, Ms Y," hold an office of
the territory X (a hyphened governor's title, a commissioner with a word that makes the office a
district's); Y is the holder, and X is never given the office. Invented sentences through the
real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.named_entities import posts_by_holder, titles_by_holder


@pytest.mark.parametrize(
    ("text", "holder", "territory"),
    [
        (
            "Reporter: The Governor-General of Vellmar Sadiq, Mr. Dunmere Bexley, opened the new ferry pier on Friday.",
            "person/dunmere-bexley",
            "region/vellmar-sadiq",
        ),
        (
            "The Governor-General of Hamid Vellmar, Mrs Wrenna Pellow, toured the flooded villages.",
            "person/wrenna-pellow",
            "region/hamid-vellmar",
        ),
        (
            "The Deputy Commissioner of Abdul Tarrow, Ms Wrenna Pellow, has ordered the market closed until Friday.",
            "person/wrenna-pellow",
            "region/abdul-tarrow",
        ),
    ],
)
def test_the_name_after_a_territorial_office_is_the_territory(
    nlp: Language, text: str, holder: str, territory: str
) -> None:
    assert set(titles_by_holder(nlp, text)) == {holder}
    assert posts_by_holder(nlp, text)[holder] == {territory}
