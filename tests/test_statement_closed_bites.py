"""A script's sound bite whose words are one closed quotation ('CLIP - ROE (0:12): "…"') ends with
them: the narration lines below it, up to the next cue, are the bulletin's words again, not the
speaker's. A bite whose quotation runs on to the next line still continues there.

Every name and sentence here is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article

PUBLISHED = date(2026, 7, 14)


def _said(nlp: Language, text: str) -> dict[str, str]:
    x = extract(nlp(text), Article("t", text, "test", published=PUBLISHED))
    names = {e.key: e.name for e in x.entities}
    return {s.quote: names.get(s.speaker, s.speaker) for s in x.statements}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("CLIP - PELLAR (0:14):", "CLIP - TOVIN (0:11):"),
        ("SOT - MAYOR PELLAR:", "SOT - HARBOUR MASTER TOVIN:"),
    ],
)
def test_narration_after_a_closed_bite_is_nobodys(nlp: Language, first: str, second: str) -> None:
    text = (
        "MORNING BULLETIN - 0700\n\n"
        "STORY ONE - FERRIES\n"
        "The ferry between Marnost and Kelvi was cancelled for a third day because of the storm.\n"
        "The mayor of Marnost, Ruden Ashgrove Pellar, spoke to us yesterday.\n"
        f'{first} "The harbour wall has held, and we will reopen the quay on Friday."\n'
        "The storm is expected to ease tonight.\n"
        "The harbour master of Kelvi, Ilka Tovin, says the boats are ready.\n"
        f'{second} "We have four crews waiting, and the fuel is already on board."\n'
        "Schools in both towns stay closed until Monday.\n"
    )
    said = _said(nlp, text)
    assert "The storm is expected to ease tonight." not in said
    assert "Schools in both towns stay closed until Monday." not in said
    assert said.get("The harbour wall has held, and we will reopen the quay on Friday.") == "Ruden Ashgrove Pellar"
