"""A chair's turn that only calls the next questioner by name and outlet is no statement.

Every sentence here is invented. A press conference's chair hands the floor with "Go ahead.
Jane Roe, Coast Radio." or "Jane Roe, Coast Radio." alone: the model may tag the name a
person or run it into the outlet; either way nothing is said but whose turn it is. A sentence
with a verb after the name stays the chair's words.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article


def _quotes(nlp: Language, text: str) -> list[tuple[str, str]]:
    article = Article("t", text, "test", published=date(2026, 3, 2))
    return [(s.speaker, s.quote) for s in extract(nlp(text), article).statements]


def _briefing(first: str, second: str, third: str) -> str:
    return (
        "Slovak Government Office - news conference on the flood season\nVerbatim record\n\n"
        "Speakers: Government spokesperson Zuzana Hlavacova; Minister of the Interior Marek Dubnicky.\n\n"
        "HLAVACOVA: Hello everyone. The cabinet decided this morning to keep the army's pumps in the east "
        "until the end of June.\n\n"
        "DUBNICKY: Thank you. The rivers rose in nine districts last week, and 2,740 homes lost power.\n\n"
        f"HLAVACOVA: {first}\n\nQUESTION: Minister, when will the power be back?\n\n"
        "DUBNICKY: In most homes by Friday.\n\n"
        f"HLAVACOVA: {second}\n\nQUESTION: Will the schools open?\n\nDUBNICKY: Not this week.\n\n"
        f"HLAVACOVA: {third}\n\nQUESTION: Who pays for the damage?\n\n"
        "DUBNICKY: The state fund will cover the first half.\n"
    )


@pytest.mark.parametrize(
    ("first", "second", "third"),
    [
        (
            "We can take questions now, please. Igor Sebesta, Morava TV.",
            "Eva Lukacova, Vah Radio.",
            "One more question. Peter Kostolny, from the Zilina Herald.",
        ),
        (
            "Go ahead. Igor Sebesta, Morava TV.",
            "Yes, Eva Lukacova, Vah Radio.",
            "Final question. Peter Kostolny of Zilina Daily.",
        ),
    ],
)
def test_calling_a_questioner_is_no_statement(nlp: Language, first: str, second: str, third: str) -> None:
    quotes = _quotes(nlp, _briefing(first, second, third))
    assert not [q for _, q in quotes if "Sebesta" in q or "Lukacova" in q or "Kostolny" in q]
    assert ("person/marek-dubnicky", "Not this week.") in quotes


def test_a_sentence_about_the_caller_stays_a_statement(nlp: Language) -> None:
    text = _briefing(
        "Go ahead. Igor Sebesta, Morava TV, filmed the broken dam in Trnava yesterday.",
        "Eva Lukacova, Vah Radio.",
        "One more question.",
    )
    assert any("filmed the broken dam" in q for _, q in _quotes(nlp, text))
