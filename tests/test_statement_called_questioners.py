"""A chair's turn that only calls the next questioner by name and outlet is no statement.

Every sentence here is invented. A press conference's chair hands the floor with "Questions,
please. Jane Roe, Coast Radio." or "Jane Roe, Coast Radio." alone: the model may tag the name a
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
        "Press briefing after the meeting of the Government of Slovakia\nTranscript\n\n"
        "Participants: Government spokesperson Zuzana Hlavacova; Minister of the Interior Marek Dubnicky.\n\n"
        "HLAVACOVA: Good afternoon. The government today extended the controls on the border with Hungary "
        "by another thirty days.\n\n"
        "DUBNICKY: Thank you. Since the controls began, police officers have checked 90,000 people at the "
        "crossings.\n\n"
        f"HLAVACOVA: {first}\n\nQUESTION: Minister, how long will the controls last?\n\n"
        "DUBNICKY: As long as the numbers stay high.\n\n"
        f"HLAVACOVA: {second}\n\nQUESTION: Will the army help?\n\nDUBNICKY: Not at this moment.\n\n"
        f"HLAVACOVA: {third}\n\nQUESTION: What will the controls cost?\n\n"
        "DUBNICKY: About two million euros a month.\n"
    )


@pytest.mark.parametrize(
    ("first", "second", "third"),
    [
        (
            "Questions, please. Igor Sebesta, Slovak Television.",
            "Eva Lukacova, Radio Bratislava.",
            "Last question. Peter Kostolny, from the Zilina Herald.",
        ),
        (
            "Go ahead. Igor Sebesta, Slovak Television.",
            "Yes, Eva Lukacova, Radio Bratislava.",
            "Final question. Peter Kostolny of Zilina Daily.",
        ),
    ],
)
def test_calling_a_questioner_is_no_statement(nlp: Language, first: str, second: str, third: str) -> None:
    quotes = _quotes(nlp, _briefing(first, second, third))
    assert not [q for _, q in quotes if "Sebesta" in q or "Lukacova" in q or "Kostolny" in q]
    assert ("person/marek-dubnicky", "Not at this moment.") in quotes


def test_a_sentence_about_the_caller_stays_a_statement(nlp: Language) -> None:
    text = _briefing(
        "Questions, please. Igor Sebesta, Slovak Television, reported the queue at the crossing yesterday.",
        "Eva Lukacova, Radio Bratislava.",
        "Last question.",
    )
    assert any("reported the queue" in q for _, q in _quotes(nlp, text))
