"""A briefing's opening turn of joined greetings and its agenda is nobody's statement.

"Good evening and welcome. I have two short announcements, and then I will take your questions." opens a
briefing record: the order of business, not a position a reader would cite; the answers after it
stay statements. Invented names, real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from speakers_said import said


@pytest.mark.parametrize(
    "opening",
    [
        "Good evening and welcome. I have two short announcements, and then I will take your questions.",
        "Good morning and thank you all. We have two updates today, after which we take questions.",
    ],
)
def test_statement_openings_agenda_is_no_statement(nlp: Language, opening: str) -> None:
    text = (
        "Transcript of the Weekly Briefing by the Spokesperson of the Foreign Ministry\n\n"
        f"SPOKESPERSON ILVA MARKSTRAND: {opening}\n\n"
        "QUESTION: Will the ferry crossing reopen this week?\n\n"
        "SPOKESPERSON MARKSTRAND: The ferry crossing will reopen on Friday once the harbour is repaired.\n"
    )
    quotes = said(nlp, text)
    assert not any(opening.split(".")[0] in q for q in quotes)
    assert any(q.startswith("The ferry crossing will reopen") for q in quotes)
