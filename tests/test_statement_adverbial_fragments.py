"""A quoted adverbial of a reported verb is the speaker's own words.

"X said the problems would be fixed “within weeks”", "X said the post would reopen “as soon as the
weather allows”", "X said the government would decide “in accordance with the law”": the fragment
has no verb of its own or is a clause of time, but it hangs on the verb the speaker is reported
to have used, so it is what X said. A quoted adverbial with no speech verb above it ("launched
the operation “in the name of peace”") stays a scare quote. Invented sentences through the
real model.
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
            "Prime Minister Wrenna Pellow raised the queues at the Tarrowby checkpoint. PM Pellow said the "
            'computer problems would be fixed "within weeks".',
            "Wrenna Pellow",
            "within weeks",
        ),
        (
            "Minister Dunmere Bexley met his guest in the capital. Minister Bexley said Norway was prepared to "
            'reopen the Tarrowby post "as soon as the weather allows on both sides".',
            "Dunmere Bexley",
            "as soon as the weather allows on both sides",
        ),
        (
            "Chief Cabinet Secretary Wrenna Pellow told reporters in Oslo on Saturday that the Government would "
            'decide how to handle the seven "in accordance with the law and the wishes of each person".',
            "Wrenna Pellow",
            "in accordance with the law and the wishes of each person",
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
