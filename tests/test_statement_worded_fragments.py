"""A long quoted noun phrase inside a reported clause is the speaker's words, a short one a term.

"X said her nurses had treated “more broken wrists this winter than in the five winters before it”":
the fragment has no verb of its own, but eight words or more are a claim in the speaker's words,
not a scare quote or a term ("the so-called “green corridor”"), which stays no statement.
Invented sentences through the real model, in two wordings.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article


def _said(nlp: Language, text: str) -> list[tuple[str, str]]:
    out = extract(nlp(text), Article("t", text, "test", published=date(2026, 5, 4)))
    return [(s.speaker, s.quote) for s in out.statements]


@pytest.mark.parametrize(
    ("text", "speaker", "start"),
    [
        (
            "Doctor Marisol Quintanar-Ebbe, who runs the clinic in the valley, said that her nurses had treated "
            '"more broken wrists this winter than in the five winters before it". The road will be gritted.',
            "person/marisol-quintanar-ebbe",
            "more broken wrists",
        ),
        (
            "The ferry captains' union chairman, Eskil Osterlund-Vey, told the council the company had cut "
            '"two of every three evening crossings on the northern route since March". Talks resume in June.',
            "person/eskil-osterlund-vey",
            "two of every three",
        ),
    ],
)
def test_a_long_quoted_noun_phrase_is_a_statement(nlp: Language, text: str, speaker: str, start: str) -> None:
    got = _said(nlp, text)
    assert any(s == speaker and q.startswith(start) for s, q in got), got


def test_a_short_quoted_noun_phrase_stays_a_term(nlp: Language) -> None:
    text = 'Mayor Eskil Osterlund-Vey said the town had reopened the so-called "green corridor" for lorries.'
    assert _said(nlp, text) == []
