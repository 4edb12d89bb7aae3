"""A place named in the compound of a common place noun inside a phrase ("against armed groups in the
X municipality", "an offensive against rebels in the Y province") is where the event acts, as
"in X" alone would be. A name that is no place there ("groups in the X party") places nothing, nor does a state
before a border ("officers at the X-Y border" are at no place of Y).

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import entities_named, named_events
from spacy.language import Language

from kg.extract.events import find_events
from kg.model import Article, Event

PUB = date(2026, 6, 10)

NAMES = {
    "Norvalia": ("state/norvalia", "State"),
    "Kessel": ("region/kessel", "Region"),
    "Dorvan": ("region/dorvan", "Region"),
    "Unity": ("organization/unity-party", "Organization"),
    "Norvalian Army": ("agency/norvalian-army", "Agency"),
}


def _operations(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "MilitaryOperation"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Units of the Norvalian Army began an operation against armed groups in the Kessel municipality on Monday.",
            "region/kessel",
        ),
        ("The Norvalian Army launched an offensive against rebels in the Dorvan province on Tuesday.", "region/dorvan"),
    ],
)
def test_a_place_in_a_compound_places_the_operation(nlp: Language, text: str, place: str) -> None:
    (operation,) = _operations(nlp, text)
    assert place in operation.target + operation.place


def test_a_body_in_a_compound_is_no_place(nlp: Language) -> None:
    text = "The Norvalian Army launched an offensive against rebels in the Unity party on Tuesday."
    assert all("organization/unity-party" not in e.target + e.place for e in _operations(nlp, text))


def test_a_state_before_a_border_is_no_place_of_the_people_counted_there(nlp: Language) -> None:
    text = (
        "Since the start of 2024, patrols on the Latvian-Lithuanian border have logged more than 2,946 "
        "attempts to cross the border illegally, the Latvian Border Guard said."
    )
    names = {
        "Latvian": ("state/LV", "State"),
        "Lithuanian": ("state/LT", "State"),
        "Latvian Border Guard": ("agency/border-guard-latvia", "Agency"),
    }
    article = Article(id="t", text=text, source="test", published=PUB)
    (attempt,) = (e for e in find_events(nlp(text), article, entities_named(text, names), ()) if e.count == 2946)
    assert attempt.destination == ("state/LV",)
