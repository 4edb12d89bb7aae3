"""A body's stop of people the text calls irregular ("our gendarmes caught 583 illegal migrants in
X county"), or of people who had just crossed ("were held after crossing from Y"), is a stopped
crossing even where no border is named in its clause: into the place they were caught in, or the
state the story is about; the latter is no arrest of its own. Irregular migrants held with no one
named doing it, and people held with no such description, stay an arrest.

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
PUB = date(2026, 6, 10)

NAMES = {
    "Varnolia": ("state/varnolia", "State"),
    "Ostmark": ("state/ostmark", "State"),
    "Kessel County": ("region/kessel-county", "Region"),
}


def _events(nlp: Language, text: str) -> list[Event]:
    text = "The Varnolia interior ministry gave its monthly figures on Wednesday. " + text
    return list(named_events(nlp, text, NAMES, PUB))


@pytest.mark.parametrize(
    "text",
    [
        "From 1 March to 31 May, our border police and gendarmes caught 583 illegal migrants in Kessel County.",
        "In the spring the gendarmerie detained 583 undocumented migrants in Kessel County, officials said.",
    ],
)
def test_irregular_people_stopped_are_a_stopped_crossing(nlp: Language, text: str) -> None:
    events = _events(nlp, text)
    (stop,) = [e for e in events if e.type == "BorderCrossing"]
    assert stop.count == 583
    assert stop.destination == ("region/kessel-county",)


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday alone, 73 people were detained shortly after crossing from Ostmark.",
        "Patrols detained 73 people on Sunday upon entering from Ostmark through the woods.",
    ],
)
def test_people_held_after_crossing_are_a_stopped_crossing(nlp: Language, text: str) -> None:
    events = _events(nlp, text + " Varnolia wants more officers.")
    (stop,) = [e for e in events if e.type == "BorderCrossing"]
    assert stop.count == 73
    assert stop.destination == ("state/varnolia",)
    assert stop.origin == ("state/ostmark",)
    assert not [e for e in events if e.label.startswith("Arrest")]


@pytest.mark.parametrize(
    "text",
    [
        "Police detained 40 protesters in Kessel County on Sunday.",
        "Forty illegal migrants were detained in a warehouse in Kessel County after the raid.",
    ],
)
def test_people_held_by_no_one_named_or_not_irregular_stay_an_arrest(nlp: Language, text: str) -> None:
    events = _events(nlp, text)
    assert not [e for e in events if e.type == "BorderCrossing"]
    assert [e.count for e in events if e.label.startswith("Arrest")] == [40]
