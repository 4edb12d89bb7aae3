"""A call or meeting held by a noun whose other side comes after a time: "had a telephone
conversation early today with the Head of State of X, Y", "held a videoconference this afternoon with
the Prime Minister of X, Y". The time between the noun and its "with" makes the parser hang the other side on
the verb, so the call was read as one-sided and dropped.

Every story here is invented for the test; each class is shown in two or more wordings, with a
near miss that must stay silent.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Thursday.
PUB = date(2023, 6, 15)

NAMES = {
    "Ilse Korvan": ("person/ilse-korvan", "Person"),
    "Teodor Almas": ("person/teodor-almas", "Person"),
    "Varnekia": ("state/varnekia", "State"),
}


def _talks(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.label.startswith(("Talks", "Meeting"))]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "President Ilse Korvan had a telephone conversation this morning with Varnekia's head of state,"
            " Teodor Almas, about trade across the shared border.",
            "2023-06-15",
        ),
        (
            "Ilse Korvan held a videoconference this afternoon with the Prime Minister of Varnekia, Teodor Almas.",
            "2023-06-15",
        ),
        ("Ilse Korvan had a meeting in the morning with the Foreign Minister of Varnekia, Teodor Almas.", "2023-06-15"),
    ],
)
def test_the_other_side_after_a_time_joins_the_call(nlp: Language, text: str, day: str) -> None:
    (call,) = _talks(nlp, text)
    assert set(call.agent) == {"person/ilse-korvan", "person/teodor-almas"}
    assert call.date == day


def test_a_conversation_with_no_named_side_stays_silent(nlp: Language) -> None:
    text = "Ilse Korvan had a long conversation yesterday with reporters about the border."
    assert _talks(nlp, text) == []
