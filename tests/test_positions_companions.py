"""A minister in a leader's party holds office in the leader's state, not the host's.

"The Premier of X, A, ..." then "Premier A, who was accompanied by Minister for Y B, thanked Z":
the sentence names only the host Z; B travels with A, whose office the text states "of" X.
Invented sentences through the real model.
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
    ("text", "holder", "state"),
    [
        (
            "The Premier of Norway, Eirik Ostrander-Vik, arrived on Monday. Premier Ostrander-Vik, who was "
            "accompanied by Minister for Forests and Wildlife Aqqel Bertramsen, thanked Finland for its help.",
            "person/aqqel-bertramsen",
            "state/NO",
        ),
        (
            "The President of Ghana, Kwabena Oduro-Asante, landed in the capital on Sunday. President "
            "Oduro-Asante, accompanied by Minister of Trade and Industry Kojo Boakye-Mensah, thanked Togo for "
            "the welcome.",
            "person/kojo-boakye-mensah",
            "state/GH",
        ),
    ],
)
def test_positions_companions_take_the_leaders_state(nlp: Language, text: str, holder: str, state: str) -> None:
    got = _positions(nlp, text)
    assert {s for h, _, s in got if h == holder} == {state}
