"""A script's bite cue on a line of its own may end in the clip's running time instead of a colon.

"CLIP - JANE ROE (RED CROSS) - :18" or "SOT - MAYOR JANE ROE - 0:21" over the words: the words
below are that person's. Invented scripts through the real model.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article


@pytest.mark.parametrize(
    ("cue", "words", "speaker"),
    [
        (
            "CLIP - MARTA QUENNELL (RED CROSS) - :18",
            '"The water rose in an hour. Our teams moved two hundred families to the school."',
            "person/marta-quennell",
        ),
        (
            "SOT - MAYOR OTTO BRANDVIK - 0:21",
            "The water rose in an hour. We moved two hundred families to the school.",
            "person/otto-brandvik",
        ),
    ],
)
def test_statement_bite_cue_ending_in_its_running_time(nlp: Language, cue: str, words: str, speaker: str) -> None:
    text = (
        "PRESENTER: Good evening. Floods hit the coast today.\n\n"
        f"{cue}\n{words}\n\n"
        "PRESENTER: The government says help is on the way.\n"
    )
    out = extract(nlp(text), Article("t", text, "test", published=date(2025, 6, 2)))
    assert [(s.speaker, s.quote) for s in out.statements if "water" in s.quote] == [(speaker, words.strip('"'))]
