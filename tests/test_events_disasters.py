"""Disasters as news reports them: floods, landslides, earthquakes, eruptions, wildfires, wrecks.

Every story here is invented for the test; each class is shown in two or more wordings, with near
misses that must stay silent (modifiers, idioms, hazards with no named place). Entities are built
by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Wednesday.
PUB = date(2024, 10, 16)

NAMES = {
    "Portugal": ("state/PT", "State"),
    "Chile": ("state/CL", "State"),
    "Senegal": ("state/SN", "State"),
    "Gambia": ("state/GM", "State"),
    "Alentejo": ("region/alentejo", "Region"),
    "Maule Region": ("region/maule", "Region"),
    "the Tagus River": ("place/tagus", "Place"),
    "the Saloum Delta": ("place/saloum-delta", "Place"),
    "the Coastal Highway": ("place/coastal-highway", "Place"),
    "Talca": ("settlement/talca", "Settlement"),
    "Mbour": ("settlement/mbour", "Settlement"),
}


def _events(nlp: Language, text: str) -> tuple[Event, ...]:
    return named_events(nlp, text, NAMES, PUB)


def _hazards(events: tuple[Event, ...], kind: str) -> list[Event]:
    return [e for e in events if e.type == "Event" and e.label.startswith(kind)]


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        ("Floodwaters from the Tagus River have forced 8,000 people from their homes in Alentejo since Sunday.",
         "Flood", "region/alentejo"),
        ("Floods in Alentejo have cut off dozens of villages, officials said on Tuesday.", "Flood", "region/alentejo"),
        ("Landslides triggered by heavy rain have blocked the Coastal Highway near Talca.",
         "Landslide", "place/coastal-highway"),
        ("A strong earthquake struck Maule Region on Monday night.", "Earthquake", "region/maule"),
        ("Forest fires in Maule Region have burned 3,000 hectares since Friday.", "Wildfire", "region/maule"),
        ("A boat carrying 60 people capsized off Mbour on Sunday.", "Shipwreck", "settlement/mbour"),
        ("At least 19 migrants drowned off Mbour on Sunday when their boat overturned.", "Shipwreck",
         "settlement/mbour"),
    ],
)  # fmt: skip
def test_events_disasters_hazard_placed_by_its_clause(nlp: Language, text: str, kind: str, place: str) -> None:
    (ev,) = _hazards(_events(nlp, text), kind)
    assert place in ev.place


def test_events_disasters_dated_by_their_own_clause(nlp: Language) -> None:
    text = "Floodwaters from the Tagus River have forced 8,000 people from their homes in Alentejo since Sunday."
    (ev,) = _hazards(_events(nlp, text), "Flood")
    assert ev.start_date == "2024-10-13"


def test_events_disasters_people_on_board_are_not_where_it_sank(nlp: Language) -> None:
    text = "The boat, carrying migrants from Senegal and Gambia, capsized on Sunday off the Saloum Delta."
    (ev,) = _hazards(_events(nlp, text), "Shipwreck")
    assert ev.place == ("place/saloum-delta",)


@pytest.mark.parametrize(
    "text",
    [
        "The ruling party won the vote in Alentejo by a landslide.",
        "Portugal will spend more on flood defences along the Tagus River.",
        "Chile's currency sank against the dollar in Talca trading.",
        "Troops opened fire on protesters in Talca.",
        "Floods are a growing risk, the minister said.",
    ],
)
def test_events_disasters_modifiers_idioms_and_unplaced_hazards_are_silent(nlp: Language, text: str) -> None:
    events = _events(nlp, text)
    assert not [
        e for e in events if e.type == "Event" and e.label.split()[0] in ("Flood", "Landslide", "Shipwreck", "Wildfire")
    ]
