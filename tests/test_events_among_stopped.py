"""A stop told by who was among those stopped: "Among the people detained were 40 migrants from X,
who had crossed the border". The participle in the "among" phrase is the stop, the subject of
"be" the people stopped, their "from" phrase the origin; the destination is the state the release
is filed from, as for any stop near a border.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested. People singled out of a stop with no border stay no crossing.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Tuesday.
PUB = date(2023, 6, 13)

NAMES = {
    "Nordavia": ("state/nordavia", "State"),
    "Ostaria": ("state/ostaria", "State"),
    "Tolmaz": ("settlement/tolmaz", "Settlement"),
}


def _crossings(nlp: Language, text: str) -> list[Event]:
    text = "Nordavia, 13 June 2023 - " + text
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    "text",
    [
        "Among those arrested on Sunday were 40 migrants from Ostaria who had crossed the border on foot.",
        "Among the people detained on Sunday near the border were 40 migrants from Ostaria.",
        "Among the people stopped at the Tolmaz checkpoint on Sunday were 40 migrants from Ostaria.",
    ],
)
def test_people_among_those_stopped_at_a_border_are_a_stopped_crossing(nlp: Language, text: str) -> None:
    (stop,) = _crossings(nlp, text)
    assert stop.count == 40
    assert stop.destination == ("state/nordavia",)
    assert stop.origin == ("state/ostaria",)
    assert stop.date == "2023-06-11"


@pytest.mark.parametrize(
    "text",
    [
        "Among those arrested in Tolmaz on Sunday were 40 protesters.",
        "Among the people detained after the match on Sunday were 40 supporters from Ostaria.",
    ],
)
def test_people_among_those_stopped_away_from_a_border_stay_silent(nlp: Language, text: str) -> None:
    assert not _crossings(nlp, text)
