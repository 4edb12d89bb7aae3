"""A meeting noun placed by a participle of holding after it: "settled with X at a two-day
meeting held in Y on 4 March" reports a meeting in Y on that day, as "the meeting was held in Y"
does; a meeting still "to be held" is a plan, not a meeting.

Every story here is invented; entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

#: A Friday.
PUB = date(2026, 3, 20)
NAMES = {
    "Pellin Road Agency": ("agency/pellin-road-agency", "Agency"),
    "Quarrow": ("settlement/quarrow", "Settlement"),
}


def _meetings(nlp: Language, text: str) -> list[tuple[tuple[str, ...], str | None]]:
    events = named_events(nlp, text, NAMES, PUB)
    return [(e.place, e.date) for e in events if e.label.startswith("Meeting")]


@pytest.mark.parametrize(
    "text",
    [
        "Toll booths on both banks will close at midnight, the date having been fixed with the Pellin Road "
        "Agency during talks and confirmed at a joint meeting held in Quarrow on 4 March.",
        "The new lane markings were settled with the Pellin Road Agency at a technical meeting convened in "
        "Quarrow on 4 March.",
    ],
)
def test_a_meeting_held_somewhere_is_a_meeting_there(nlp: Language, text: str) -> None:
    assert _meetings(nlp, text) == [(("settlement/quarrow",), "2026-03-04")]


def test_a_meeting_to_be_held_is_no_meeting(nlp: Language) -> None:
    text = "The lane markings will be reviewed at a meeting to be held in Quarrow in May."
    assert _meetings(nlp, text) == []
