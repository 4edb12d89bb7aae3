"""A briefing turn that opens with a greeting and announces what the speaker will take up is no statement.

"Good morning. I will start with the snow at X." says nothing of X yet: the place it names is
the topic to come. Such an opening paragraph was kept as the speaker's statement because it names
a place; the words after it, which say what happened there, stay statements. Every sentence is
invented, built with the real model through :func:`kg.extract.extract`.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article

PUBLISHED = date(2026, 2, 9)


def _quotes(nlp: Language, text: str) -> list[str]:
    return [s.quote for s in extract(nlp(text), Article("t", text, "test", published=PUBLISHED)).statements]


@pytest.mark.parametrize(
    "opening",
    [
        "Good morning. I will start with the snow at the Talbeck crossing in Austria.",
        "Salaam and good afternoon. Let me turn first to the floods in Austria.",
        "Good morning to everyone. We will give an overview of Tyrol after the storm of 6 to 7 February, "
        "and then answer your questions.",
        "Good afternoon, friends from the press. I will report on Sunday's avalanche in Austria.",
        "Good morning. There are two items today, and questions afterwards.",
    ],
)
def test_agenda_opening_is_no_statement(nlp: Language, opening: str) -> None:
    news = "Snow closed the Talbeck crossing on Saturday night, and 340 lorries waited on the Austrian side."
    text = (
        "PRESS BRIEFING BY INTERIOR MINISTRY SPOKESPERSON YSOLDE KESTRIN\n\n"
        f"SPOKESPERSON KESTRIN: {opening}\n\n"
        f"{news}\n\n"
        "QUESTION: When will the crossing reopen?\n\n"
        "SPOKESPERSON KESTRIN: The road will reopen once the ploughs have cleared the pass.\n"
    )
    quotes = _quotes(nlp, text)
    assert not any(q.startswith(opening.split(".")[0]) for q in quotes), quotes
    assert any(news in q for q in quotes), quotes


@pytest.mark.parametrize(
    "turn",
    [
        "Good morning. I will start with Tyrol, where the storm cut power to 12,000 homes.",
        "Good morning. We will present a new border law to parliament next week.",
    ],
)
def test_opening_that_says_something_is_a_statement(nlp: Language, turn: str) -> None:
    text = f"PRESS BRIEFING BY SPOKESPERSON YSOLDE KESTRIN\n\nSPOKESPERSON KESTRIN: {turn}\n"
    assert any(turn.split(". ", 1)[1] in q for q in _quotes(nlp, text)), _quotes(nlp, text)
