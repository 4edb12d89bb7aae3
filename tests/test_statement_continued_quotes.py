"""A quote standing alone after '“A,” said TITLE, NAME.' is the same speaker's, whatever the title names.

Invented sentences through the real model: the bodies a speaker's title names ("the Regional
Police Commander of X", "the Federal Police spokeswoman in Y") were read as a change of subject
between the two quotes, and the second quote was lost. A sentence of its own with another
subject still stops the second quote.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article


def _quotes(nlp: Language, text: str) -> list[tuple[str, str]]:
    article = Article("t", text, "test", published=date(2026, 2, 9))
    return [(s.speaker, s.quote) for s in extract(nlp(text), article).statements]


@pytest.mark.parametrize(
    ("text", "speaker", "opening"),
    [
        (
            '"Forged papers are a business here. Forty passports in one suitcase tell you how big," added the '
            "Regional Police Commander of Tyrol, Colonel Dr. Franz Lindtaler. "
            '"Our teams will stay at the station every night until Easter."',
            "person/franz-lindtaler",
            "Our teams will stay",
        ),
        (
            '"The tunnel will stay shut until Monday," said the Federal Police spokeswoman in Salzburg, Anna '
            'Hofstaedter. "Our engineers need three more days."',
            "person/anna-hofstaedter",
            "Our engineers need",
        ),
    ],
)
def test_second_quote_after_a_titled_speaker(nlp: Language, text: str, speaker: str, opening: str) -> None:
    quotes = _quotes(nlp, text)
    assert any(s == speaker and q.startswith(opening) for s, q in quotes)


def test_another_subject_between_still_stops_it(nlp: Language) -> None:
    text = (
        '"Forged papers are a business here," said the Regional Police Commander of Tyrol, Franz Lindtaler. '
        'The Finance Minister, Greta Halbwirth, rejected the figures. "Our teams will stay at the station '
        'every night."'
    )
    quotes = _quotes(nlp, text)
    assert not any(s == "person/franz-lindtaler" and q.startswith("Our teams will") for s, q in quotes)
