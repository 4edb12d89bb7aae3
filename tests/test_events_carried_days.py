"""Undated events told in the past after a dated incident happened on the incident's day: "On the
night of 14 March a patrol was attacked near X. Nine suspects were arrested." dates the arrest 14
March (:mod:`kg.extract.event_carried_days`). A sentence that looks ahead, states a time of its own
that no day can stand for ("in the same period"), or tells no past incident keeps its event undated.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
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
    "Zambia": ("state/ZM", "State"),
    "Korvani": ("settlement/korvani", "Settlement"),
    "Zambian Army": ("agency/army-zambia", "Agency"),
}


def _events(nlp: Language, text: str, type_: str, label: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == type_ and e.label.startswith(label)]


@pytest.mark.parametrize(
    "text",
    [
        "On the night of 14 March, a patrol was attacked near Korvani. Nine suspects were arrested and an "
        "inquiry is under way.",
        "At dawn on 14 March, gunmen stormed a police post in Korvani, in the east of Zambia. Two officers were "
        "wounded. Police detained nine people in the surrounding villages.",
        "Gunmen ambushed a bus near Korvani on 14 March. Nine suspects have been arrested.",
    ],
)
def test_arrests_after_a_dated_attack_take_its_day(nlp: Language, text: str) -> None:
    (arrest,) = _events(nlp, text, "Event", "Arrest")
    assert arrest.count == 9
    assert arrest.date == "2023-03-14"


@pytest.mark.parametrize(
    "text",
    [
        "On 14 March, armed men ambushed a convoy near Korvani. The Zambian Army deployed 300 additional soldiers "
        "to Korvani.",
        "Armed men ambushed a convoy near Korvani on Tuesday, 14 March. The Zambian Army has sent 300 additional "
        "soldiers to Korvani.",
    ],
)
def test_a_deployment_after_a_dated_attack_takes_its_day(nlp: Language, text: str) -> None:
    (deployment,) = _events(nlp, text, "Event", "Deployment")
    assert deployment.date == "2023-03-14"


@pytest.mark.parametrize(
    "text",
    [
        "On 14 March, armed men ambushed a convoy near Korvani. The Zambian Army will deploy 300 additional "
        "soldiers to Korvani.",
        "On 14 March, armed men ambushed a convoy near Korvani. In the same period, the Zambian Army deployed 300 "
        "additional soldiers to Korvani.",
        "On 14 March, armed men ambushed a convoy near Korvani. Within ten days, the Zambian Army deployed 300 "
        "additional soldiers to Korvani.",
    ],
)
def test_a_later_or_own_time_keeps_the_event_undated(nlp: Language, text: str) -> None:
    (deployment,) = _events(nlp, text, "Event", "Deployment")
    assert deployment.date != "2023-03-14"


def test_a_heading_names_no_incident_day(nlp: Language) -> None:
    text = "KORVANI DESK - 14 MARCH\n\nGunmen ambushed a convoy near Korvani. Nine suspects were arrested."
    (arrest,) = _events(nlp, text, "Event", "Arrest")
    assert arrest.date is None
