"""A quoted adverbial of a reported verb is the speaker's own words.

"X told farmers the bridge would open “before the first snow”", "X said the ferry would sail
again “once the storm has passed”", "X said the cabinet would settle the claims “in line with the
constitution”": the fragment has no verb of its own or is a clause of time, but it hangs on the
verb the speaker is reported to have used, so it is what X said. A quoted adverbial with no
speech verb above it ("launched the operation “in the name of peace”") stays a scare quote.
Invented sentences through the real model.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article


def _said(nlp: Language, text: str) -> list[tuple[str, str]]:
    out = extract(nlp(text), Article("t", text, "test", published=date(2026, 5, 4)))
    names = {e.key: e.name for e in out.entities}
    return [(names[s.speaker], s.quote) for s in out.statements]


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            'Minister Dunmere Bexley told farmers in Tarrowby that the new bridge would open "before the first snow".',
            "Dunmere Bexley",
            "before the first snow",
        ),
        (
            "Asked about the ferry, Prime Minister Wrenna Pellow said it would sail to the islands again "
            '"once the storm has passed and the pier is safe".',
            "Wrenna Pellow",
            "once the storm has passed and the pier is safe",
        ),
        (
            "Cabinet Secretary Wrenna Pellow said on Friday that the cabinet would settle the fishermen's claims "
            '"in line with the constitution and the advice of the courts".',
            "Wrenna Pellow",
            "in line with the constitution and the advice of the courts",
        ),
    ],
)
def test_a_quoted_adverbial_of_a_reported_verb_is_a_statement(
    nlp: Language, text: str, speaker: str, quote: str
) -> None:
    assert (speaker, quote) in _said(nlp, text)


def test_a_quoted_adverbial_with_no_speech_verb_is_no_statement(nlp: Language) -> None:
    text = 'The army launched the operation "in the name of peace" on Monday, and Minister Dunmere Bexley visited.'
    assert _said(nlp, text) == []
