"""An office owned by a body the text names, where the tagger missed that mention of it:
"X, Help Across Rivers's Country Director in Gabon," is the body's Country Director.

The owner's words before the possessive are read as the body's name and looked up among the
bodies the text names elsewhere; a name the text never gives a body leaves the office unread.
Every name here is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


def _positions(nlp: Language, text: str) -> set[tuple[str, str, str | None]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    return {(p.holder, p.title, p.post_in) for p in find_positions(doc, article, find_entities(doc, article))}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Help Across Rivers said two clinics had closed in northern Gabon.\n\n"
            "Tobiah Wrenfield, Help Across Rivers's Country Director in Gabon, said the clinics were full.",
            "Country Director",
        ),
        (
            "Help Across Rivers said two clinics had closed in northern Gabon.\n\n"
            '"We are treating thirty new cases a day," said Tobiah Wrenfield, Help Across Rivers\'s health '
            "coordinator in Gabon.",
            "Health Coordinator",
        ),
    ],
)
def test_positions_possessive_body_the_tagger_missed_owns_the_office(nlp: Language, text: str, title: str) -> None:
    assert ("person/tobiah-wrenfield", title, "organization/help-across-rivers") in _positions(nlp, text)
