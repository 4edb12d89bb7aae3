"""A cue line that quotes its own bite ('CLIP (JANE ROE, farmer, 0'09"): "…"') gives the next
paragraph to nobody: that paragraph ("PRESENTER: Thank you.") is the next speaker's, not a second
bite of the cue's speaker. Invented sentences through the real model.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article


def _script(cue: str) -> str:
    return (
        "RADIO NORTH - EVENING BULLETIN\n\n"
        "PRESENTER: Lorries are moving again at the Tarrowby crossing.\n\n"
        "CORRESPONDENT: The queue was ten kilometres long this morning.\n\n"
        f'{cue}: "Three days my lorry was waiting. Today it goes to the market."\n\n'
        "PRESENTER: Thank you. Now the weather.\n"
    )


@pytest.mark.parametrize(
    "cue",
    [
        "CLIP (DUNMERE BEXLEY, Tarrowby farmer, translated)",
        "CLIP (DUNMERE BEXLEY, Tarrowby farmer, 0'09\")",
        "SOT (WRENNA PELLOW, lorry driver, in Norwegian, 0'12\")",
    ],
)
def test_a_cue_that_quotes_its_bite_takes_no_next_paragraph(nlp: Language, cue: str) -> None:
    text = _script(cue)
    out = extract(nlp(text), Article("t", text, "test", published=date(2026, 5, 4)))
    quotes = [s.quote for s in out.statements]
    assert quotes == ["Three days my lorry was waiting. Today it goes to the market."]
