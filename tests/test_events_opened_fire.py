"""An attack told as "opened fire on/at X": one armed action whose target is the place it struck,
as for "attacked". A range or a road "opened", or fire opened on nothing named, is no attack.

Every story here is invented; entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Thursday.
PUB = date(2026, 7, 9)
NAMES = {"Velmora": ("settlement/velmora", "Settlement"), "Kestrovo": ("settlement/kestrovo", "Settlement")}


def _attacks(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "MilitaryOperation"]


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        (
            "At 9 p.m. on Friday gunmen opened fire on the police station in Velmora.",
            "settlement/velmora",
            "2026-07-03",
        ),
        ("Gunmen opened fire on a border post near Kestrovo on Saturday.", "settlement/kestrovo", "2026-07-04"),
        ("Soldiers opened fire at a convoy outside Kestrovo on Tuesday.", "settlement/kestrovo", "2026-07-07"),
    ],
)
def test_opened_fire_on_a_place_is_an_attack(nlp: Language, text: str, place: str, day: str) -> None:
    (attack,) = _attacks(nlp, text)
    assert place in attack.target + attack.place
    assert attack.date == day


@pytest.mark.parametrize(
    "text",
    ["The new border crossing at Kestrovo opened on Saturday.", "The shooting range near Velmora opened on Monday."],
)
def test_an_opening_is_no_attack(nlp: Language, text: str) -> None:
    assert not _attacks(nlp, text)
