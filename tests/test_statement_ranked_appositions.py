"""A quote's speaker named after an office, its place and a rank: '“…,” said the Head of the Port
Office in X, Colonel Jane Roe.'

The office phrase ends before its place ("in X"); the name set off by the comma after the place
is the office's holder even when a rank or a form of address opens it ("Colonel", "Lt. Col.",
"Dr."). Invented sentences through the real model.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article


def _speakers(nlp: Language, text: str) -> list[str]:
    out = extract(nlp(text), Article("t", text, "test", published=date(2026, 5, 4)))
    names = {e.key: e.name for e in out.entities}
    return [names[s.speaker] for s in out.statements]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"Every lorry will be weighed from Monday, and the fines will double," said the Head of the Port '
            "Office in Tarrowby, Colonel Wrenna Pellow.",
            "Wrenna Pellow",
        ),
        (
            '"Nobody crossed the river last night," said the Chief of the Coast Guard Station in Tarrowby, '
            "Commander Dunmere Bexley.",
            "Dunmere Bexley",
        ),
        (
            '"The ferries are full until Sunday," said the Head of the Harbour Office in Tarrowby, Lt. Col. '
            "Dunmere Bexley.",
            "Dunmere Bexley",
        ),
    ],
)
def test_a_ranked_name_after_an_office_and_its_place_is_the_speaker(nlp: Language, text: str, speaker: str) -> None:
    assert _speakers(nlp, text) == [speaker]
