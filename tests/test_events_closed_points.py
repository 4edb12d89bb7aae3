"""Closures whose way across the parser hangs elsewhere: a passive subject tagged as an active one
and hung on the auxiliary ("The crossing points between X and Y are closed to all traffic"), and
an object after an aside in commas ("decided to close, from midnight onwards, the crossing points
between X and Y"): the points are closed, placed by the towns and regions the phrase names.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

PUB = date(2026, 6, 8)

NAMES = {
    "Varnolia": ("state/varnolia", "State"),
    "Kesselmark": ("state/kesselmark", "State"),
    "Ostrova": ("settlement/ostrova", "Settlement"),
    "Bremmin": ("settlement/bremmin", "Settlement"),
    "Telsk": ("region/telsk", "Region"),
    "Security Council": ("agency/security-council-varnolia", "Agency"),
}


def _closures(nlp: Language, text: str) -> list[Event]:
    text = "OSTRAVEN, Varnolia, 8 June 2026 - " + text
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderClosure"]


@pytest.mark.parametrize(
    "text",
    [
        "The border crossing points between Ostrova and Bremmin, on the border with Kesselmark, are closed to cars "
        "and lorries for the same period.",
        "The crossing points between Ostrova and Bremmin are closed to all traffic.",
    ],
)
def test_closed_points_a_passive_subject_on_the_auxiliary_is_closed(nlp: Language, text: str) -> None:
    (closure,) = _closures(nlp, text)
    assert set(closure.place) == {"settlement/ostrova", "settlement/bremmin"}


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council decided to close, from midnight onwards, the secondary crossing points between "
        "Ostrova and the Kesselmark province of Telsk.",
        "The Security Council decided:\n- to close, from midnight onwards, the secondary crossing points between "
        "Ostrova and the Kesselmark province of Telsk, with only one post remaining open to traffic;",
    ],
)
def test_closed_points_an_object_after_an_aside_is_closed(nlp: Language, text: str) -> None:
    (closure,) = _closures(nlp, text)
    assert {"settlement/ostrova", "region/telsk"} <= set(closure.place)


@pytest.mark.parametrize(
    "text",
    [
        "Border guards closed, as every year, their summer camp near Ostrova.",
        "The officers who are based, as before, in Ostrova patrol the road.",
    ],
)
def test_closed_points_an_aside_before_something_else_closes_nothing(nlp: Language, text: str) -> None:
    assert _closures(nlp, text) == []
