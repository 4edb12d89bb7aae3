"""A question reports nothing: "Is X calling up reservists?", "Will X close the border?", "Did
4,600 people cross into X in May?" (a reporter's question at a briefing, an interviewer's) add no
event; the answer, or the same words said as a fact, does.

Every story here is invented; entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Tuesday.
PUB = date(2026, 6, 2)
NAMES = {
    "Dravonia": ("state/dravonia", "State"),
    "Velmoria": ("state/velmoria", "State"),
    "Velmorians": ("state/velmoria", "Demonym"),
}


def _events(nlp: Language, text: str) -> tuple[Event, ...]:
    return named_events(nlp, text, NAMES, PUB)


@pytest.mark.parametrize(
    "text",
    [
        "REPORTER: Minister, is Dravonia calling up reservists?",
        "Will Dravonia close the border with Velmoria next week?",
        "Did 4,600 Velmorians cross into Dravonia in May?",
    ],
)
def test_a_question_adds_no_event(nlp: Language, text: str) -> None:
    assert _events(nlp, text) == ()


def test_the_same_words_as_a_fact_add_the_event(nlp: Language) -> None:
    found = _events(nlp, "Dravonia will close the border with Velmoria next week, the minister said.")
    assert [e.type for e in found] == ["BorderClosure"]
