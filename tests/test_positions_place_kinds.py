"""A local office "of the city of X" (or "of the town of X") is held in X, not in the state around it.

The kind of place between "of" and the name is no place of its own: the office's complement
ends with the town's name. Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "holder", "place"),
    [
        (
            "The mayor of the city of Mbarara, Ms. Ruth Atwine Kyomuhendo, said the market would reopen. "
            "Uganda has closed the border.",
            "person/ruth-atwine-kyomuhendo",
            "settlement/mbarara",
        ),
        (
            "The mayor of the town of Kisoro, Mr. John Bwambale Kiiza, said the market would reopen in Uganda.",
            "person/john-bwambale-kiiza",
            "settlement/kisoro",
        ),
    ],
)
def test_positions_place_kinds_office_of_the_city_of(nlp: Language, text: str, holder: str, place: str) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    positions = find_positions(doc, article, find_entities(doc, article))
    assert {p.post_in for p in positions if p.holder == holder} == {place}
