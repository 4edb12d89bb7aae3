"""Arrests told as the outcome of an operation take the operation's doer, places and day ("X
conducted a sweep in A on Monday, which resulted in the detention of nine men"), and an arrest
noun keeps its "of" phrase when a time stands between them ("the detention on Friday of four
fishermen in A").

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Wednesday.
PUB = date(2026, 6, 10)

NAMES = {
    "Corrund": ("state/corrund", "State"),
    "Corrund Border Police": ("agency/corrund-border-police", "Agency"),
    "Halvost": ("settlement/halvost", "Settlement"),
    "Oskarin": ("settlement/oskarin", "Settlement"),
    "Veltrava": ("settlement/veltrava", "Settlement"),
}


def _arrests(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, "TESSIN, Corrund, 10 June 2026 - " + text, NAMES, PUB)
    return [e for e in events if e.label.startswith("Arrest")]


@pytest.mark.parametrize(
    "text",
    [
        "The Corrund Border Police conducted a sweep in Halvost on Monday, "
        "which resulted in the detention of nine men.",
        "A raid by the Corrund Border Police in Halvost on Monday led to the detention of nine suspects.",
        "An operation conducted by the Corrund Border Police near Halvost resulted in the arrest of nine people.",
    ],
)
def test_an_operation_s_doer_and_place_are_its_arrests(nlp: Language, text: str) -> None:
    (arrest,) = _arrests(nlp, text)
    assert arrest.agent == ("agency/corrund-border-police",)
    assert "settlement/halvost" in arrest.place
    assert arrest.count == 9


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Witnesses described the arrest on Sunday night of four students in Veltrava.", "2026-06-07"),
        ("Relatives reported the detention on Friday of four fishermen in Veltrava.", "2026-06-05"),
        ("Lawyers confirmed the arrest yesterday evening of four people in Veltrava.", "2026-06-09"),
    ],
)
def test_a_time_between_the_arrest_and_its_of_phrase(nlp: Language, text: str, day: str) -> None:
    (arrest,) = _arrests(nlp, text)
    assert arrest.place[0] == "settlement/veltrava"
    assert arrest.count == 4
    assert arrest.date == day


def test_an_operation_that_led_to_nothing_counted_adds_no_arrest(nlp: Language) -> None:
    text = "The Corrund Border Police mounted a search in Oskarin, which led to the seizure of 40 crates of cigarettes."
    assert _arrests(nlp, text) == []


def test_the_operation_s_day_dates_its_arrests(nlp: Language) -> None:
    text = (
        "Customs officers of the Corrund Border Police mounted an operation in Halvost on Monday, "
        "which led to the detention of nine drivers."
    )
    (arrest,) = _arrests(nlp, text)
    assert arrest.date == "2026-06-08"
