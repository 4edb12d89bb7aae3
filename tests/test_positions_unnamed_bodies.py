"""A title that heads a body the text only describes ("director of a women's network") is no
position: the office has no body to be in, and the story's state is not where it is held.

Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


def _positions(nlp: Language, text: str) -> dict[str, tuple[str, str | None]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    return {p.holder: (p.title, p.post_in) for p in find_positions(doc, article, find_entities(doc, article))}


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Ghana has reinforced its northern border. Also speaking, Efia Brenyah, director of a women's network "
            "in Bolgatanga, said girls were leaving school.",
            "person/efia-brenyah",
        ),
        (
            "Ghana has reinforced its northern border. Kwaku Dapaah, the head of an association of cattle herders, "
            "said prices had doubled.",
            "person/kwaku-dapaah",
        ),
    ],
)
def test_positions_unnamed_bodies_no_office(nlp: Language, text: str, holder: str) -> None:
    assert holder not in _positions(nlp, text)


def test_positions_unnamed_bodies_named_body_keeps_its_office(nlp: Language) -> None:
    text = (
        "Ghana has reinforced its northern border. Akosua Manteaw, director of the Ghana Immigration Service, "
        "said patrols had doubled."
    )
    title, post = _positions(nlp, text)["person/akosua-manteaw"]
    assert title == "Director"
    assert post is not None
