"""A local office named after its place is held there: "X Mayor Y", "X Governor Y" is X's office,
not the office of the state around X.

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
    ("text", "holder", "title", "place"),
    [
        (
            "Tanzania has reopened the lake ferry. In Arusha, Arusha Mayor Daudi Mollel said buses were waiting.",
            "person/daudi-mollel",
            "Mayor",
            "settlement/arusha",
        ),
        (
            "Kenya closed the road on Monday. Kisii Governor Mr Joseph Onyango said the county would pay for "
            "repairs in Kisii.",
            "person/joseph-onyango",
            "Governor",
            "settlement/kisii",
        ),
    ],
)
def test_positions_local_offices_place_before_the_title(
    nlp: Language, text: str, holder: str, title: str, place: str
) -> None:
    assert _posts(nlp, text)[holder] == (title, place)


def test_positions_local_offices_national_office_keeps_its_state(nlp: Language) -> None:
    text = "Kenya closed the road on Monday. In Kisii, Interior Minister Joseph Onyango said the road would reopen."
    assert _posts(nlp, text)["person/joseph-onyango"] == ("Interior Minister", "state/KE")
