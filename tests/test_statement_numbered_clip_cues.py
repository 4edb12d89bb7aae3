"""A radio script's bracketed clip cue may number the clip and end in its running time.

"[CLIP 1 - Harbour Minister, Hon. Jane Roe - 0'21\"]" over a quoted line: the words below are
that person's, the number and the timing are the script's furniture. Invented scripts through
the real model.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("[CLIP 1 - Northern Harbour Minister, Hon. Ilse Marrow - 0'21\"]", "person/ilse-marrow"),
        ("[CLIP 2 - district health officer, Mrs. Bertil Oakes - 0'09\"]", "person/bertil-oakes"),
    ],
)
def test_statement_numbered_clip_cue_names_the_bite_speaker(nlp: Language, cue: str, speaker: str) -> None:
    words = '"The water rose in an hour. Our teams moved two hundred families to the school."'
    text = (
        "NEWSREADER: Good afternoon. Floods hit the coast today.\n\n"
        f"{cue}\n{words}\n\n"
        "NEWSREADER: The government says help is on the way.\n"
    )
    out = extract(nlp(text), Article("t", text, "test", published=date(2025, 6, 2)))
    assert [(s.speaker, s.quote) for s in out.statements if "water" in s.quote] == [(speaker, words.strip('"'))]
