"""A TV script's on-screen caption gives a title: "SUPER: Jane Doe / Deputy Minister of X, Y" is an
office in Y (a state, a body or a region); "SUPER: Jane Doe / Truck driver from Y" is none.

Invented scripts through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article

_ROAD = (
    "VO: The road to the coast has been closed since Monday in Colombia, and trucks are waiting at the border "
    "with Ecuador.\n\n"
    "SUPER: Lucia Beltran Arbelaez / Deputy Minister of Transport, Colombia\n"
    'SOT (LUCIA BELTRAN ARBELAEZ): "We will reopen one lane on Friday."\n\n'
    "SUPER: Hernan Salgado / Truck driver from Pasto\n"
    'SOT (HERNAN SALGADO): "I have been here three days."\n'
)
_FLOOD = (
    "ANCHOR: Flooding has cut the main highway in the Kenyan region of Kakamega County, where rescue teams "
    "worked through the night.\n\n"
    "LOWER THIRD: Grace Akinyi Odhiambo / Director of Disaster Response, Kakamega County\n"
    'GRACE AKINYI ODHIAMBO: "We moved four hundred families to higher ground."\n'
)


def _positions(nlp: Language, text: str) -> dict[str, tuple[str, str | None]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    return {p.holder: (p.title, p.post_in) for p in find_positions(doc, article, find_entities(doc, article))}


@pytest.mark.parametrize(
    ("text", "holder", "office"),
    [
        (_ROAD, "person/lucia-beltran-arbelaez", ("Deputy Minister of Transport", "state/CO")),
        (_FLOOD, "person/grace-akinyi-odhiambo", ("Director of Disaster Response", "region/kakamega-county")),
    ],
)
def test_positions_captions_title_after_the_slash(
    nlp: Language, text: str, holder: str, office: tuple[str, str]
) -> None:
    assert _positions(nlp, text)[holder] == office


def test_positions_captions_occupation_is_no_office(nlp: Language) -> None:
    assert not any(holder.startswith("person/hernan-salgado") for holder in _positions(nlp, _ROAD))
