"""A briefing's or studio's formulas that open, hand over and close the session are no statements.

Classes: the next sitting announced ("See you on Monday.", "Our next briefing is next Tuesday."),
the next questioner pointed to ("One more question. Yes, in the middle."), a welcome to the session
itself ("Good evening, and welcome to our regular press conference."), a guest greeted by name in a
studio ("Minister Bexley, good evening, and thanks for joining us."), and the floor passed to a
titled colleague ("Commander Kallstrom will provide the numbers."), and a hearing's chair taking up,
breaking off or timing the sitting ("We now reconvene.", "The sitting is suspended until two
o'clock.", "You have the floor for fifteen minutes."). A turn that also says
something (a place, a figure, a measure) stays a statement.

Every sentence here is invented. Each class is shown in two or more wordings, built with the real
model through :func:`kg.extract.extract`.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article, DocExtraction

PUBLISHED = date(2026, 3, 11)


def build(nlp: Language, text: str) -> DocExtraction:
    return extract(nlp(text), Article("t", text, "test", published=PUBLISHED))


def _briefing(opening: str, handover: str, close: str) -> str:
    return (
        "SPOKESPERSON ORSOLYA VANTREECE MEETS THE PRESS\n\n"
        f"SPOKESPERSON VANTREECE: {opening}\n\n"
        f"{handover}\n\n"
        "COMMANDER KALLSTROM: Thank you. Six fishing boats were stopped near Tarrowby on Tuesday, "
        "and their crews were questioned by the coast guard.\n\n"
        "QUESTION (Wrenna Pellow, Harbour Courier): Commander, will the patrols continue?\n\n"
        "COMMANDER KALLSTROM: The patrols will continue until the end of the season.\n\n"
        f"SPOKESPERSON VANTREECE: {close}\n"
    )


@pytest.mark.parametrize(
    ("opening", "handover", "close"),
    [
        (
            "Good evening, and welcome to our regular press conference.",
            "Commander Kallstrom will provide the numbers.",
            "One more question. Yes, in the middle.",
        ),
        (
            "Good morning, colleagues, and welcome to this press briefing.",
            "Commander Ifeoma Kallstrom will now present an overview, and then we take questions.",
            "Thanks, everyone. See you on Monday.",
        ),
        (
            "Good morning and welcome to today's session.",
            "Commander Kallstrom will give you a summary.",
            "Thank you all. Our next briefing is next Tuesday.",
        ),
        ("Good morning.", "Commander Kallstrom will provide the numbers.", "That is it for today, colleagues."),
        ("Good morning.", "Commander Kallstrom will give you a summary.", "Thank you all, that's it from us."),
    ],
)
def test_session_formulas_are_no_statements(nlp: Language, opening: str, handover: str, close: str) -> None:
    out = build(nlp, _briefing(opening, handover, close))
    names = {e.key: e.name.casefold() for e in out.entities}
    said = [(names[s.speaker], s.quote) for s in out.statements]
    assert not [q for who, q in said if "vantreece" in who], said
    assert sum("kallstrom" in who for who, _ in said) == 2, said


@pytest.mark.parametrize(
    "greeting",
    [
        "Minister Bexley, good evening, and thanks for joining us.",
        "Minister Bexley, good morning and thank you for being with us in the studio.",
    ],
)
def test_a_studio_guest_greeted_by_name_is_no_statement(nlp: Language, greeting: str) -> None:
    text = (
        "MORNING REPORT, RADIO TARROWBY\n\n"
        f"QUILLAN ARDMORE: {greeting}\n\n"
        "MINISTER DUNMERE BEXLEY: Good morning. The ferry to the islands will sail again on Saturday.\n\n"
        "QUILLAN ARDMORE: Will the fares rise?\n\n"
        "MINISTER DUNMERE BEXLEY: The fares will not rise this year.\n"
    )
    out = build(nlp, text)
    names = {e.key: e.name.casefold() for e in out.entities}
    said = [(names[s.speaker], s.quote) for s in out.statements]
    assert not [q for who, q in said if "ardmore" in who and "morning" in q.casefold()], said
    assert sum("bexley" in who for who, _ in said) == 2, said


@pytest.mark.parametrize(
    "close",
    [
        "Thank you all. The ferry to Tarrowby sails again on Friday.",
        "See you in Tarrowby next week, where the new pier opens.",
        "Commander Kallstrom will give the fishermen new permits.",
    ],
)
def test_a_closing_that_says_something_is_a_statement(nlp: Language, close: str) -> None:
    out = build(nlp, _briefing("Good morning.", "Commander Kallstrom will provide the numbers.", close))
    names = {e.key: e.name.casefold() for e in out.entities}
    assert [s.quote for s in out.statements if "vantreece" in names[s.speaker]] == [close]


def _hearing(resume: str, suspend: str) -> str:
    return (
        "Provincial Assembly, Standing Committee on Roads\nVerbatim note of the sitting, morning part\n\n"
        f"THE CHAIR (Assemblywoman Rosalind Fenwright-Oake): {resume}\n\n"
        "DIRECTOR HALVARD NKEMELU-STROM: Thank you. The mountain road past Ellerby will be resurfaced from "
        "June, and one lane will stay open throughout.\n\n"
        "THE CHAIR: Will the buses keep their timetable?\n\n"
        "DIRECTOR NKEMELU-STROM: The buses will run every hour, as now.\n\n"
        f"THE CHAIR: {suspend}\n"
    )


@pytest.mark.parametrize(
    ("resume", "suspend"),
    [
        ("Good afternoon. We now reconvene.", "The sitting is suspended until two o'clock."),
        ("The hearing is resumed. You have the floor for fifteen minutes.", "Thanks to all. Same time tomorrow."),
        ("Good morning again. We shall now resume.", "This meeting is adjourned until Monday."),
    ],
)
def test_a_sitting_resumed_suspended_or_timed_is_no_statement(nlp: Language, resume: str, suspend: str) -> None:
    out = build(nlp, _hearing(resume, suspend))
    names = {e.key: e.name.casefold() for e in out.entities}
    said = [(names[s.speaker], s.quote) for s in out.statements]
    assert not [q for who, q in said if "fenwright" in who and q in (resume, suspend)], said
    assert sum("nkemelu" in who for who, _ in said) == 2, said


@pytest.mark.parametrize("call", ["Thank you. Deputy Corvin Aldous-Rye.", "Thanks. Senator Aldous-Rye, please."])
def test_a_member_called_by_title_and_name_is_no_statement(nlp: Language, call: str) -> None:
    out = build(nlp, _hearing("Good afternoon. We now reconvene.", call))
    assert call not in [s.quote for s in out.statements], [(s.speaker, s.quote) for s in out.statements]


def test_a_member_called_with_a_point_is_a_statement(nlp: Language) -> None:
    close = "Senator Aldous-Rye, the bridge at Ellerby reopens on Monday."
    out = build(nlp, _hearing("Good afternoon. We now reconvene.", close))
    assert close in [s.quote for s in out.statements]
