"""A numbered sitting of a body held somewhere is a meeting: "the Sixth Session of the X Board
was held in Y", "the Second Session of the X Council convened in Y". An ordinal before the noun is
no kind of sitting, unlike "a Drill Session" (a class, no meeting).

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
    "Norvalia": ("state/norvalia", "State"),
    "Tarnia": ("state/tarnia", "State"),
    "Kesselby": ("settlement/kesselby", "Settlement"),
    "Joint Frontier Board": ("agency/joint-frontier-board", "Agency"),
    "Velmora Council": ("agency/velmora-council", "Agency"),
}


def _meetings(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.label.startswith("Meeting")]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "The Sixth Session of the Joint Frontier Board between Norvalia and Tarnia was held in Kesselby "
            "from 3 to 5 May.",
            "2026-05-03",
            "2026-05-05",
        ),
        ("The Second Session of the Velmora Council convened in Kesselby on Monday.", "2026-06-08", "2026-06-08"),
    ],
)
def test_a_numbered_sitting_held_somewhere_is_a_meeting(nlp: Language, text: str, start: str, end: str) -> None:
    (meeting,) = _meetings(nlp, text)
    assert "settlement/kesselby" in meeting.place
    assert (meeting.start_date or meeting.date, meeting.end_date or meeting.date) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "A Drill Session was held in Kesselby on Monday.",
        "A Press Conference was held in Kesselby on Monday.",
    ],
)
def test_a_kind_of_sitting_is_no_meeting(nlp: Language, text: str) -> None:
    assert _meetings(nlp, text) == []
