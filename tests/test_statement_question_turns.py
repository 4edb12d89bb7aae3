"""A member's turn that only puts a question is no statement; a turn that also states something is.

Every sentence here is invented; each class is shown in two or more wordings, built with the real
model through :func:`kg.extract.extract`, so entity finding, transcript turns and statements meet.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article

PUBLISHED = date(2025, 11, 4)


def _quotes(nlp: Language, text: str) -> list[str]:
    return [s.quote for s in extract(nlp(text), Article("t", text, "test", published=PUBLISHED)).statements]


def _sitting(question: str) -> str:
    return (
        "HOUSE OF ASSEMBLY\nQuestions to the Minister of Transport\n\n"
        f"IVO MARSH: {question}\n\n"
        "PETRA HOLM (Minister of Transport): The second ferry will sail from March, and we have hired "
        "twelve more deckhands for the winter timetable.\n\n"
        "IVO MARSH: The queue is still two kilometres long on Fridays. The harbour needs a second ramp.\n"
    )


@pytest.mark.parametrize(
    "question",
    [
        "Madam Deputy Speaker, a brief question. How many sailings were cancelled last month?",
        "Madam Speaker, I wish to enquire of the Transport Minister what is being done for ferry passengers.",
        "I must ask the Minister whether the second ferry sails before the winter.",
        "Mr Deputy Speaker, can the Secretary give the House the number of lorries sent back?",
    ],
)
def test_statement_question_turns_a_question_is_no_statement(nlp: Language, question: str) -> None:
    quotes = _quotes(nlp, _sitting(question))
    assert not any(q.startswith(question[:25]) for q in quotes)
    assert any(q.startswith("The second ferry will sail") for q in quotes)
    assert any(q.startswith("The queue is still two kilometres long") for q in quotes)


def test_statement_question_turns_a_claim_before_the_question_stays(nlp: Language) -> None:
    question = "The ramp has been broken since June. When will the Ministry repair it?"
    assert any(q.startswith("The ramp has been broken") for q in _quotes(nlp, _sitting(question)))


def test_statement_question_turns_a_reporters_plain_question_stays(nlp: Language) -> None:
    """A question put to the podium, with no lead-in and no chair addressed, is left as it was."""
    question = "Minister, will the second ferry sail before the winter?"
    assert any(q.startswith("Minister, will the second ferry") for q in _quotes(nlp, _sitting(question)))
