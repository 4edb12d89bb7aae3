"""A measure its authority announces in reported speech ("the commander said the curfew would be
prolonged from 24 June", "the minister announced that a state of emergency would be declared in X
on Monday") is put in force, as an announced closure or deployment is; one announced on a
condition ("... if the violence continued") or demanded by others is not.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Monday.
PUB = date(2023, 6, 12)

NAMES = {
    "Nordavia": ("state/nordavia", "State"),
    "Tolmaz": ("settlement/tolmaz", "Settlement"),
    "Varda": ("settlement/varda", "Settlement"),
}


def _measures(nlp: Language, text: str) -> list[Event]:
    text = "Nordavia, 12 June 2023 - " + text
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.label.startswith(("Curfew", "State of emergency"))]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "The general said the night curfew in Tolmaz and Varda would be prolonged by ten days from 24 June.",
            ("settlement/tolmaz", "settlement/varda"),
        ),
        (
            "The minister announced that a state of emergency would be declared in Tolmaz on Friday.",
            ("settlement/tolmaz",),
        ),
    ],
)
def test_a_measure_announced_by_its_authority_is_in_force(nlp: Language, text: str, places: tuple[str, ...]) -> None:
    (measure,) = _measures(nlp, text)
    assert measure.place == places


@pytest.mark.parametrize(
    "text",
    [
        "The minister said a state of emergency would be declared in Tolmaz if the violence continued.",
        "Protesters demanded that a curfew would be imposed in Tolmaz.",
    ],
)
def test_a_measure_on_a_condition_or_demanded_is_not(nlp: Language, text: str) -> None:
    assert _measures(nlp, text) == []
