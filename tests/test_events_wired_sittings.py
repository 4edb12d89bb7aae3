"""A sitting held at a distance, written in two words: "held a video conference with X", "had a
telephone conference with Y". "videoconference" in one word was already talks; in two words the
kind before "conference" made it read as a class or a briefing ("a press conference") and the
talks were dropped. A press conference, or a video conference with no other side, stays silent.

Every story here is invented for the test; entities are built by hand so that only event
reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Friday.
PUB = date(2025, 10, 17)

NAMES = {
    "Maren Oskvik": ("person/maren-oskvik", "Person"),
    "Tobiah Lenn": ("person/tobiah-lenn", "Person"),
    "Varnekia": ("state/varnekia", "State"),
}


def _talks(nlp: Language, text: str) -> list[Event]:
    return [e for e in named_events(nlp, text, NAMES, PUB) if e.label.startswith(("Talks", "Meeting"))]


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Maren Oskvik held a video conference on Friday with Tobiah Lenn, President of Varnekia.",
        "Maren Oskvik and Tobiah Lenn, the President of Varnekia, held a telephone conference on Friday.",
        "Maren Oskvik took part on Friday in a video conference with Tobiah Lenn, President of Varnekia.",
    ],
)
def test_a_conference_by_video_or_telephone_is_talks_of_its_sides(nlp: Language, text: str) -> None:
    (talks,) = _talks(nlp, text)
    assert set(talks.agent) == {"person/maren-oskvik", "person/tobiah-lenn"}
    assert talks.date == "2025-10-17"


@pytest.mark.parametrize(
    "text",
    [
        "Maren Oskvik held a press conference on Friday with Tobiah Lenn.",
        "Maren Oskvik gave a video conference on Friday to students in Varnekia.",
    ],
)
def test_a_briefing_or_a_one_sided_broadcast_is_no_talks(nlp: Language, text: str) -> None:
    assert _talks(nlp, text) == []
