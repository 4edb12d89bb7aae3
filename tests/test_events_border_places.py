"""A border "with X" or "between X and Y" names its far side as the place of what happens at it:
"sent 500 soldiers to its border with X", "talks were held at the border between X and Y", as a
closure of "its border with X" is placed in X.

Every story here is invented for the test, in two or more wordings, with a near miss that must
stay silent. Entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

PUB = date(2023, 6, 15)
NAMES = {
    "Tarvosia": ("state/tarvosia", "State"),
    "Norland": ("state/norland", "State"),
    "Ostravia": ("state/ostravia", "State"),
}


def _events(nlp: Language, text: str) -> tuple[Event, ...]:
    return named_events(nlp, text, NAMES, PUB)


@pytest.mark.parametrize(
    "text",
    [
        "Tarvosia sent 500 soldiers to its border with Norland.",
        "About 1,200 police officers were deployed to the border with Norland on Friday.",
    ],
)
def test_events_border_places_deployment_to_a_border_with_a_state(nlp: Language, text: str) -> None:
    (ev,) = [e for e in _events(nlp, text) if e.label.startswith("Deployment")]
    assert "state/norland" in ev.place


def test_events_border_places_talks_at_a_border_between_two_states(nlp: Language) -> None:
    (ev,) = [
        e for e in _events(nlp, "Talks were held at the border between Norland and Ostravia.") if e.type == "Event"
    ]
    assert set(ev.place) == {"state/norland", "state/ostravia"}


def test_events_border_places_a_border_of_no_named_state_places_nothing(nlp: Language) -> None:
    assert not [e for e in _events(nlp, "The army sent 500 soldiers to the border.") if e.place]
