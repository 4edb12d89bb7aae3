"""People a body stops or turns back "without papers", "without visas" or "without leave to
enter" are stopped crossings, as plainly as "undocumented people" are: the lack of leave to enter
makes the stop a border fact with no border named. A stop of people without anything else
("cyclists without helmets") is no crossing.

Every sentence here is invented for the test; entities are built by hand so that only event
reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Tuesday.
PUB = date(2026, 6, 16)

NAMES = {
    "Tarnland": ("state/TL", "State"),
    "Orsova": ("state/OV", "State"),
    "Brisk": ("settlement/brisk", "Settlement"),
    "Tarnland Frontier Service": ("agency/tarnland-frontier-service", "Agency"),
    "Brisk Police": ("agency/brisk-police", "Agency"),
}


def _stops(nlp: Language, text: str) -> list[Event]:
    return [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "PRESENTER: Tarnland has tightened its rules. In Brisk, the Tarnland Frontier Service said on Monday "
            "that it had turned back about three hundred and ten travellers without visas since the sixth of June.",
            310,
        ),
        (
            "HOST: Brisk lies where Tarnland meets Orsova. What did the service tell the council?\n\n"
            "MAYOR KOVAL: The Tarnland Frontier Service told us that they stopped 27 people without leave "
            "to land in Tarnland in May.",
            27,
        ),
        (
            "PRESENTER: Tarnland has new ferry rules. The Tarnland Frontier Service says it turned back 52 "
            "passengers without passports on the Brisk quay on Sunday.",
            52,
        ),
    ],
)
def test_people_stopped_without_leave_to_enter_are_stopped_crossings(nlp: Language, text: str, count: int) -> None:
    (stop,) = _stops(nlp, text)
    assert stop.count == count
    assert "agency/tarnland-frontier-service" in stop.agent + stop.reported_by
    assert stop.destination == ("state/TL",)


@pytest.mark.parametrize(
    "text",
    [
        "PRESENTER: Tarnland has new road rules. In Brisk, the Brisk Police said on Monday that it had stopped "
        "forty cyclists without helmets since the sixth of June.",
        "REPORTER: The Brisk Police turned back sixty drivers without snow chains on the pass road in Tarnland.",
    ],
)
def test_people_stopped_without_other_things_are_no_crossing(nlp: Language, text: str) -> None:
    assert _stops(nlp, text) == []
