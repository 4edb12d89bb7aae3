"""A town's office named bare ("The mayor, X") is held in the one town the text names, not in the
state around it; with two towns named nothing is guessed beyond the state.

Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


def _posts(nlp: Language, text: str) -> dict[str, tuple[str, str | None]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    return {p.holder: (p.title, p.post_in) for p in find_positions(doc, article, find_entities(doc, article))}


@pytest.mark.parametrize(
    "text",
    [
        "TAMPERE - The mayor, Hedda Krovikstad, said the square would reopen on Friday. Finland has promised funds.",
        "Heavy snow closed schools in Tampere on Monday. The mayor, Hedda Krovikstad, said the storm would "
        "pass. Finland sent soldiers.",
    ],
)
def test_bare_mayor_takes_the_story_town(nlp: Language, text: str) -> None:
    assert _posts(nlp, text)["person/hedda-krovikstad"] == ("Mayor", "settlement/tampere")


def test_two_towns_leave_the_mayor_unplaced(nlp: Language) -> None:
    text = "Buses left Tampere for Turku on Monday. The mayor, Hedda Krovikstad, said the storm would pass."
    post = _posts(nlp, text)["person/hedda-krovikstad"][1]
    assert post is None or not post.startswith("settlement/")
