"""An office of a town's own council named after the town: "the chair of the X municipal council",
"chairman of the X town board" is held in town X, not in the state the text is about.

Invented sentences through the real model and every extractor.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Sweden will stop the island ferry on Sunday. The chair of the Kiruna municipal council, Ms Hedda "
            "Quillan, said buses would run instead.",
            "person/hedda-quillan",
        ),
        (
            "Buses are to stand in for the ferry from Sunday, said Ms Hedda Quillan, chairwoman of the Kiruna town "
            "executive board, as Sweden closed the island route.",
            "person/hedda-quillan",
        ),
    ],
)
def test_positions_town_councils_office_in_the_town(nlp: Language, text: str, holder: str) -> None:
    out = extract(nlp(text), Article(id="t", text=text, source="test"))
    assert {p.post_in for p in out.positions if p.holder == holder} == {"settlement/kiruna"}
