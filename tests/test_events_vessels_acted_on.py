"""Vessels a named coast guard or navy boarded, intercepted, inspected or counted are an event of
that body, labelled by the act, placed by the sentence ("near X", "off Y", a compass bearing) and
counted by the vessels. Vessels that carried people are a stopped crossing instead (counted by the
people), and vessels nobody named acted on, or things that are no vessels, make no such event.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Wednesday.
PUB = date(2026, 9, 16)

NAMES = {
    "Skerrant Navy": ("agency/skerrant-navy", "Agency"),
    "Skerrant Coast Guard": ("agency/skerrant-coast-guard", "Agency"),
    "Tallow Island": ("region/tallow-island", "Region"),
}

_LABELS = ("Boarding", "Interception", "Inspection", "Sighting")


def _acts(nlp: Language, text: str) -> list[Event]:
    return [e for e in named_events(nlp, text, NAMES, PUB) if e.label.startswith(_LABELS)]


@pytest.mark.parametrize(
    ("text", "label", "count"),
    [
        (
            "Since March, Skerrant Navy patrols have boarded nineteen longliners near Tallow Island, the"
            " ministry said.",
            "Boarding",
            19,
        ),
        (
            "Skerrant Coast Guard crews counted 58 trawlers flying foreign flags in the reserve off Tallow"
            " Island between June and August.",
            "Sighting",
            58,
        ),
        (
            "On Monday Skerrant Coast Guard officers inspected 23 yachts at anchor off Tallow Island.",
            "Inspection",
            23,
        ),
    ],
)
def test_vessels_a_patrol_acted_on_are_its_event(nlp: Language, text: str, label: str, count: int) -> None:
    (act,) = _acts(nlp, text)
    assert act.label.startswith(label)
    assert act.count == count
    assert act.place == ("region/tallow-island",)
    assert len(act.agent) == 1


def test_a_vessel_intercepted_in_the_passive_is_placed_by_its_bearing(nlp: Language) -> None:
    text = "A longliner was intercepted by the Skerrant Navy on Tuesday, about 50 km south of Tallow Island."
    (act,) = _acts(nlp, text)
    assert act.agent == ("agency/skerrant-navy",)
    assert act.place == ("region/tallow-island",)
    assert act.date == "2026-09-15"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry counted 40 complaints about the ferry service.",
        "Fishermen sighted two boats near Tallow Island.",
        "On Monday a Skerrant Coast Guard cutter intercepted three dinghies carrying 118 people off Tallow Island.",
        "The Skerrant Navy intercepted a dhow that had 26 passengers aboard south of Tallow Island.",
    ],
)
def test_no_named_patrol_or_no_vessel_is_no_such_event(nlp: Language, text: str) -> None:
    assert _acts(nlp, text) == []
