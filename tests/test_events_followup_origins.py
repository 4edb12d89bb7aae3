"""A follow-up sentence about the people just counted gives their origin ("The passengers, all
from X, were taken ashore", "All 30 persons are X nationals", "They were all from X").

Every sentence and name is invented for the test (the states are real, for their names), each class
in two or more wordings. Entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import entities_named
from spacy.language import Language

from kg.extract.events import find_events
from kg.model import Article, Event

#: A Monday in May.
PUB = date(2027, 5, 17)

NAMES = {
    "Palau": ("state/PW", "State"),
    "Nauru": ("state/NR", "State"),
}


def _crossing(nlp: Language, text: str) -> Event:
    entities = entities_named(text, NAMES)
    events = find_events(nlp(text), Article(id="t", text=text, source="test", published=PUB), entities, ())
    (ev,) = [e for e in events if e.type == "BorderCrossing"]
    return ev


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday 37 people arrived in Palau by boat. The passengers, all from Nauru, were taken to a shelter.",
        "On Sunday 37 people arrived in Palau by boat. All 37 persons are Nauruan nationals.",
        "On Sunday 37 people arrived in Palau by boat. They were all from Nauru.",
    ],
)
def test_events_followup_origin_of_the_people_just_counted(nlp: Language, text: str) -> None:
    ev = _crossing(nlp, text)
    assert (ev.count, ev.origin) == (37, ("state/NR",))


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday 37 people arrived in Palau by boat. Officials from Nauru visited the shelter.",
        "On Sunday 37 people arrived in Palau by boat. A delegation from Nauru was taken to the port.",
    ],
)
def test_events_followup_origin_needs_a_subject_pointing_back(nlp: Language, text: str) -> None:
    assert _crossing(nlp, text).origin == ()
