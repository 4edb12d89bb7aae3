"""People counted "at the border crossings of X" / "at the checkpoints of the country" are a flow
into X (the story's own state for "the country"): a border service's weekly checks name no single
crossing, only whose ways across they are.

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
PUB = date(2026, 6, 8)

NAMES = {
    "Varnolia": ("state/varnolia", "State"),
    "Sarnovia": ("state/sarnovia", "State"),
    "State Border Guard": ("agency/state-border-guard", "Agency"),
}


def _crossings(nlp: Language, text: str) -> list[Event]:
    text = "OSTRAVEN, Varnolia, 8 June 2026 - " + text
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "Units of the State Border Guard checked 52,310 persons and 10,400 vehicles at the international "
            "checkpoints of Sarnovia last week, an increase of 7 per cent on the previous week.",
            "state/sarnovia",
        ),
        ("Border guards registered 52,310 travellers at the border crossings of Sarnovia last week.", "state/sarnovia"),
        (
            "Units of the State Border Guard checked 52,310 persons at the checkpoints of the country last week.",
            "state/varnolia",
        ),
    ],
)
def test_people_counted_at_a_states_ways_across_cross_into_it(nlp: Language, text: str, state: str) -> None:
    (crossing,) = _crossings(nlp, text)
    assert crossing.destination == (state,)
    assert crossing.count == 52310
    assert (crossing.start_date, crossing.end_date) == ("2026-06-01", "2026-06-07")


def test_vehicles_counted_at_a_states_checkpoints_are_no_flow(nlp: Language) -> None:
    assert _crossings(nlp, "Border guards checked 10,400 vehicles at the checkpoints of Sarnovia last week.") == []
