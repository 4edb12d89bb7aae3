"""A meeting reported as held somewhere: "the summit of the bloc was held in X from 14 to 16 October".

Communiqués and readouts open by saying where a meeting took place, in the passive, often naming
no side of it but the body it belongs to (whose name the model may tag as an organization: "The
Ninth Ordinary Meeting of the Council"). The place hangs from "held", not from the meeting noun.
Invented sentences through the real model, with a near miss that stays silent.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article, Event

PUBLISHED = date(2026, 7, 9)


def _meetings(nlp: Language, text: str) -> list[Event]:
    out = extract(nlp(text), Article("t", text, "test", published=PUBLISHED))
    return [e for e in out.events if e.type == "Event" and e.label.startswith("Meeting")]


@pytest.mark.parametrize(
    ("text", "place", "start", "end"),
    [
        (
            "The annual summit of the fisheries bloc was held from 14 to 16 June 2026 in Reykjavik.",
            "reykjavik",
            "2026-06-14",
            "2026-06-16",
        ),
        (
            "A meeting of the interior ministers of the region was held in Antananarivo on 3 July.",
            "antananarivo",
            "2026-07-03",
            "2026-07-03",
        ),
        (
            "The Ninth Ordinary Meeting of the Council of Ministers of the Northern Basin Commission was held "
            "in Valletta on 6 and 7 July 2026.",
            "valletta",
            "2026-07-06",
            "2026-07-07",
        ),
    ],
)
def test_events_held_meetings_take_the_place_of_held(
    nlp: Language, text: str, place: str, start: str, end: str
) -> None:
    found = _meetings(nlp, text)
    assert len(found) == 1
    meeting = found[0]
    assert any(k.endswith(place) for k in meeting.place)
    assert (meeting.start_date or meeting.date) == start and (meeting.end_date or meeting.date) == end


def test_events_held_meetings_need_a_place(nlp: Language) -> None:
    assert not _meetings(nlp, "The annual summit of the fisheries bloc was held without incident.")
