"""A quote's speaker named after an office, its place and a rank: '“…,” said the Regional
Director of Customs in X, Colonel Jane Roe.'

The office phrase ends before its place ("in X"); the name set off by the comma after the place
is the office's holder even when a rank or a form of address opens it ("Colonel", "Lt. Col.",
"Dr."). Any other capitalised word there (a state's name) does not make the holder. Invented
sentences through the real model.
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
            '"The port is open to fishermen and to trade, not to the smugglers who hide among them," said the '
            "Regional Director of Customs in Tarrowby, Colonel Wrenna Pellow.",
            "Wrenna Pellow",
        ),
        (
            '"We will not close the road before the harvest," said the Regional Director of Police in Tarrowby, '
            "Commander Dunmere Bexley.",
            "Dunmere Bexley",
        ),
        (
            '"The queue is shorter today," said the Head of the Border Office in Tarrowby, Lt. Col. Dunmere Bexley.',
            "Dunmere Bexley",
        ),
    ],
)
def test_a_ranked_name_after_an_office_and_its_place_is_the_speaker(nlp: Language, text: str, speaker: str) -> None:
    assert _speakers(nlp, text) == [speaker]
