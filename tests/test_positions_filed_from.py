"""A bare office in a story filed from a capital: the dateline's state, not the state visited.

"WINDHOEK: Foreign Minister X met his Zambian counterpart Y ... X landed in Zambia": the
counterpart's demonym and the state a visitor lands or arrives in are the other side, and with
no state of its own in the office's sentences, the office is in the state the story is filed
from ("ISLAMABAD:" as well as "ISLAMABAD, May 4 -"). Invented names, real states, real model.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article

PUBLISHED = date(2025, 3, 3)


@pytest.mark.parametrize(
    ("text", "holder", "state"),
    [
        (
            "WINDHOEK: Foreign Minister Aro Valen met his Zambian counterpart Ilka Sorn on the sidelines "
            "of the regional summit in Lusaka.\n\nEarlier today, Foreign Minister Aro Valen landed in Zambia "
            "to attend the summit, where Namibia will present its plan.\n",
            "person/aro-valen",
            "state/NA",
        ),
        (
            "KAMPALA, May 4 - Interior Minister Dora Kessel met her Kenyan counterpart on Tuesday.\n\n"
            "Interior Minister Dora Kessel arrived in Kenya on Monday for talks on the border, which "
            "Uganda wants to keep open.\n",
            "person/dora-kessel",
            "state/UG",
        ),
    ],
)
def test_positions_filed_from_dateline_state(nlp: Language, text: str, holder: str, state: str) -> None:
    out = extract(nlp(text), Article("t", text, "test", published=PUBLISHED))
    assert {p.post_in for p in out.positions if p.holder == holder} == {state}
