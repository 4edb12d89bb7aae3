"""French forms of address kept in English reports ("Mme Jo Roe", "Mlle Jo Roe") are no part of
the holder's name: the office goes to the same person as the bare name.

Every name here is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


def _titles(nlp: Language, text: str) -> dict[str, str]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    return {p.holder: p.title for p in find_positions(doc, article, find_entities(doc, article))}


@pytest.mark.parametrize(
    ("text", "holder", "title"),
    [
        (
            '"The bridge is open," said the Mayor of Oudenvelt, Mme Corisande Blavette.',
            "person/corisande-blavette",
            "Mayor of Oudenvelt",
        ),
        (
            "Mme Corisande Blavette, the town's mayor, opened the market on Sunday.",
            "person/corisande-blavette",
            "Mayor",
        ),
        (
            "Mlle Ondine Percheron, a spokeswoman for the prefecture, said the border post would reopen.",
            "person/ondine-percheron",
            "Spokeswoman for the Prefecture",
        ),
    ],
)
def test_french_address_is_not_the_name(nlp: Language, text: str, holder: str, title: str) -> None:
    assert _titles(nlp, text).get(holder) == title
