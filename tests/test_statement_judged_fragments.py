"""A quoted noun phrase that judges an object inside a reported clause is the reporting speaker's
words: "X said the valley saw the bridge as “…”", "X said fishermen had called the quay “…”". A
quoted noun phrase is otherwise a term or a scare quote; as the predicate of "be" it already was
a judgement, and "as" or an object's predicate are the same judgement.

Invented sentences through the real model and every extractor.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            'Mr Peter Olsen said the valley saw the new bridge as "a lifeline for every farm", and that it '
            "would open in June.",
            "person/peter-olsen",
            "a lifeline for every farm",
        ),
        (
            'Ms Ilona Tessarek said that fishermen had called the quay "a promise kept at last".',
            "tessarek",
            "a promise kept at last",
        ),
    ],
)
def test_statement_judged_fragments_are_the_speakers(nlp: Language, text: str, speaker: str, words: str) -> None:
    text = "The harbour board met on Monday.\n\n" + text + "\n"
    out = extract(nlp(text), Article(id="t", text=text, source="test"))
    assert any(s.speaker.endswith(speaker) and s.quote == words for s in out.statements)
