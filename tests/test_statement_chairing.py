"""A briefing chair's turns that only run the session are no statements; a chair's news is one.

Every sentence here is invented. Each class is shown in two or more wordings, built with the real
model through :func:`kg.extract.extract`, so entity finding, transcript turns and statements meet.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article, DocExtraction

PUBLISHED = date(2025, 4, 8)


def build(nlp: Language, text: str, title: str | None = None) -> DocExtraction:
    return extract(nlp(text), Article("t", text, "test", published=PUBLISHED, title=title))


def _briefing(opening: str, handover: str, close: str) -> str:
    return (
        "PRESS BRIEFING OF PRESS SECRETARY MIRELA DUNMORE\n"
        "WITH HARBOUR POLICE SPOKESPERSON INSPECTOR IDRIS CALLOWAY\n\n"
        f"SEC. DUNMORE: {opening}\n\n"
        "INSP. CALLOWAY: Good morning. Two ferries ran aground off Lowmarsh on Sunday night, and "
        "forty passengers were taken to hospital.\n\n"
        f"SEC. DUNMORE: {handover}\n\n"
        "QUESTION (Tarquin Abela, Coast Radio): Inspector, when will the ferries sail again?\n\n"
        "INSP. CALLOWAY: The ferries will stay in port until the divers have checked every hull.\n\n"
        f"SEC. DUNMORE: {close}\n"
    )


@pytest.mark.parametrize(
    ("opening", "handover", "close"),
    [
        (
            "Welcome. The Inspector will read a brief statement and then take questions.",
            "Thank you, Inspector. We now turn to your questions. Yes, Tarquin.",
            "Okay. Thank you, Inspector. Thank you all.",
        ),
        (
            "Good morning. The Spokesperson will read a statement first.",
            "We will take questions now. Please state your name and who you write for.",
            "Thank you all. We will see you again next Thursday.",
        ),
        (
            "Good afternoon, colleagues. I am ready for your questions after the Inspector.",
            "Yes, Tarquin. Please identify yourself.",
            "Okay. We will brief you again on Monday.",
        ),
    ],
)
def test_chair_turns_that_run_the_session_are_no_statements(
    nlp: Language, opening: str, handover: str, close: str
) -> None:
    out = build(nlp, _briefing(opening, handover, close))
    names = {e.key: e.name.casefold() for e in out.entities}
    said = [(names[s.speaker], s.quote) for s in out.statements]
    assert not [q for who, q in said if "dunmore" in who], said
    assert sum("calloway" in who for who, _ in said) == 2, said


@pytest.mark.parametrize(
    "news",
    [
        "Thank you, Inspector. The ferry service to Lowmarsh resumes on Friday. Yes, Tarquin.",
        "Before the questions: the minister will visit the harbour on Monday.",
    ],
)
def test_chair_turn_with_news_is_a_statement(nlp: Language, news: str) -> None:
    out = build(nlp, _briefing("Good morning.", news, "Thank you all."))
    names = {e.key: e.name.casefold() for e in out.entities}
    assert [s.quote for s in out.statements if "dunmore" in names[s.speaker]] == [news]


@pytest.mark.parametrize(
    "dateline",
    ["Wednesday, March 4, 2026 (10:15 a.m.)", "Lowmarsh Town Hall, Thursday 5 March 2026 (2:30 p.m.)"],
)
def test_briefing_header_lines_are_no_key_sentences(nlp: Language, dateline: str) -> None:
    text = _briefing("Good morning.", "Yes, Tarquin.", "Thank you all.").replace(
        "CALLOWAY\n\n", f"CALLOWAY\n{dateline}\n\n", 1
    )
    out = build(nlp, text, "Press briefing of the Press Secretary with the harbour police spokesperson")
    assert not [s.quote for s in out.statements if dateline in s.quote or s.quote in dateline]
