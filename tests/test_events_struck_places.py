"""Attacks reported by what they hit: "the clinic was struck", "a depot was shelled", "the convoy
came under fire". The subject is the target (not the agent, nor whoever reports it); a "by"
agent that is no weapon ("hit by a car", "struck by lightning") makes no attack.

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
    "Ndola": ("settlement/ndola", "Settlement"),
    "Kisumu": ("settlement/kisumu", "Settlement"),
    "Olvani district": ("region/olvani", "Region"),
    "Kresh governorate": ("region/kresh", "Region"),
}


def _attacks(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "MilitaryOperation"]


@pytest.mark.parametrize(
    ("text", "target", "day"),
    [
        ("The Ndola health centre was shelled on Tuesday, officials in Zambia said.", "settlement/ndola", "2023-06-13"),
        ("A primary school in Kisumu was struck on Monday, police said.", "settlement/kisumu", "2023-06-12"),
        ("A bus depot near Ndola was hit by a drone on Monday.", "settlement/ndola", "2023-06-12"),
        ("A clinic in Kisumu came under fire on 3 May.", "settlement/kisumu", "2023-05-03"),
        ("On Tuesday a convoy near Ndola came under attack, the army said.", "settlement/ndola", "2023-06-13"),
    ],
)
def test_place_struck_is_the_target_of_an_attack(nlp: Language, text: str, target: str, day: str) -> None:
    (attack,) = _attacks(nlp, text)
    assert target in attack.target
    assert "state/ZM" not in attack.agent  # who reports it did not do it
    assert attack.date == day


def test_headline_and_body_of_one_strike_are_one_attack(nlp: Language) -> None:
    text = (
        "Attack on health centre in Kresh governorate\n\n"
        "Two nurses were killed when the health centre in Olvani district, Kresh governorate, was struck "
        "on Sunday 11 June."
    )
    (attack,) = _attacks(nlp, text)
    assert {"region/olvani", "region/kresh"} <= set(attack.target)
    assert attack.date == "2023-06-11"


@pytest.mark.parametrize(
    "text",
    [
        "A cyclist in Kisumu was hit by a car on Monday.",
        "The farm near Ndola was struck by lightning on Monday.",
        "The minister came under pressure in Kisumu on Monday.",
        "The Kisumu governor came under fire on Monday over the budget.",
        "Zambia was hit by floods in May.",
    ],
)
def test_struck_by_no_weapon_is_no_attack(nlp: Language, text: str) -> None:
    assert _attacks(nlp, text) == []
