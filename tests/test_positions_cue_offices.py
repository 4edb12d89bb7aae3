"""An office set before the name in a script's cue line: "[CLIP 1 - Regional Minister, Hon. X - 0'23"]".

Radio and TV scripts cue a bite with the speaker's office and name after the cue's dash. The
office phrase was read back across the dash ("CLIP 1 - Regional Minister"), which names no
office, so the speaker held none. The dash after a capitals cue opening its line starts the
office. Names and sentences are invented, through the real model.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


def _titles(nlp: Language, text: str) -> dict[str, set[str]]:
    article = Article(id="t", text=text, source="test", published=date(2026, 7, 2))
    doc = nlp(text)
    out: dict[str, set[str]] = {}
    for p in find_positions(doc, article, find_entities(doc, article)):
        out.setdefault(p.holder, set()).add(p.title.lower())
    return out


@pytest.mark.parametrize(
    ("cue", "holder", "title"),
    [
        (
            "[CLIP 1 - Regional Minister, Hon. Sigrun Eklund - 0'27\"]",
            "person/sigrun-eklund",
            "regional minister",
        ),
        ("CLIP 2 – District Police Commander, Supt. Ragna Tofte (0:14):", "person/ragna-tofte", "commander"),
    ],
)
def test_office_after_a_cue_dash(nlp: Language, cue: str, holder: str, title: str) -> None:
    text = (
        "EVENING NEWS - ITEM 2: KORVANTA FLOODS\n\n"
        "ANCHOR: Floods have cut the main road north of Korvanta in Iceland for a second day.\n\n"
        f"{cue}\n"
        '"The water is falling, but the bridge must be checked before any lorry crosses."\n\n'
        "ANCHOR: Engineers are expected at the bridge on Friday.\n"
    )
    titles = _titles(nlp, text).get(holder, set())
    assert any(title in t for t in titles), _titles(nlp, text)
