"""A daily report headed by the day it covers and published the morning after: its "in the last
24 hours" and "over the past day" are the heading's day, not the publication day.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.extract.report_day import report_day
from kg.model import Event

#: The morning after the day the reports cover.
PUB = date(2031, 3, 5)

NAMES = {
    "Veltrania": ("state/veltrania", "State"),
    "Ostravia": ("state/ostravia", "State"),
}


def _crossings(nlp: Language, text: str, published: date = PUB) -> list[Event]:
    events = named_events(nlp, text, NAMES, published)
    return [e for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    "text",
    [
        "Veltrania Border Guard: daily report, 4 March 2031\n\n"
        "In the last 24 hours, 12,345 travellers entered Veltrania through the border crossing points.",
        "Situation update for 4 March 2031\n\n"
        "Over the past day, 2,310 people crossed into Veltrania from Ostravia, officials said.",
    ],
)
def test_the_last_day_is_the_day_of_the_heading(nlp: Language, text: str) -> None:
    (event,) = _crossings(nlp, text)
    assert event.date == "2031-03-04"


def test_a_heading_of_the_publication_day_keeps_it(nlp: Language) -> None:
    text = (
        "Veltrania Border Guard: daily report, 5 March 2031\n\n"
        "In the last 24 hours, 12,345 travellers entered Veltrania through the border crossing points."
    )
    (event,) = _crossings(nlp, text)
    assert event.date == "2031-03-05"


@pytest.mark.parametrize(
    ("heading", "day"),
    [
        ("Daily situation, 4 March 2031", date(2031, 3, 4)),
        ("Border traffic on 3 March 2031", date(2031, 3, 3)),
        ("Ten years since 4 March 2021", None),  # an old date is not the day of the report
        ("Daily situation", None),
        ("Daily situation, 4 and 5 March 2031", None),
    ],
)
def test_report_day_is_a_recent_full_date_of_the_heading(heading: str, day: date | None) -> None:
    assert report_day(heading + "\n\nText.", None, PUB) == day
