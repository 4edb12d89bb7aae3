"""A force brought in ("brought in", "drafted in") is a deployment, as is a counted force put
somewhere after the things put with it ("add a second scanner and 14 inspectors"); inspectors
are a force. Things brought in or added alone ("new rules", "a lane") are none.

Every sentence is invented for the test; entities are built by hand so that only event reading is
tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Friday.
PUB = date(2026, 4, 10)

NAMES = {
    "Revenue Guard": ("agency/revenue-guard", "Agency"),
    "Tollsund": ("checkpoint/tollsund", "Checkpoint"),
    "Vessby": ("settlement/vessby", "Settlement"),
}


def _deployments(nlp: Language, text: str) -> list[Event]:
    return [e for e in named_events(nlp, text, NAMES, PUB) if e.label.startswith("Deployment")]


@pytest.mark.parametrize(
    "text",
    [
        "For the ferry strike the Revenue Guard has brought in fourteen extra officers from Vessby.",
        "The Revenue Guard brought fourteen more officers in from Vessby on Tuesday night.",
        "Ahead of the fair, the Revenue Guard drafted in fourteen officers from Vessby.",
    ],
)
def test_events_brought_forces_a_force_brought_in_is_a_deployment(nlp: Language, text: str) -> None:
    (deployment,) = _deployments(nlp, text)
    assert deployment.agent == ("agency/revenue-guard",)
    assert deployment.count == 14


@pytest.mark.parametrize(
    "text",
    [
        "The Revenue Guard will add a second scanner and fourteen inspectors at Tollsund.",
        "Since March the Revenue Guard has posted two sniffer dogs and fourteen inspectors at Tollsund.",
    ],
)
def test_events_brought_forces_a_counted_force_after_things_put_with_it(nlp: Language, text: str) -> None:
    (deployment,) = _deployments(nlp, text)
    assert (deployment.agent, deployment.place, deployment.count) == (
        ("agency/revenue-guard",),
        ("checkpoint/tollsund",),
        14,
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Revenue Guard brought in new rules for lorries at Tollsund.",
        "The Revenue Guard added a lane and two kiosks at Tollsund.",
        "The Revenue Guard called in fourteen suppliers to Vessby for talks on fees.",
    ],
)
def test_events_brought_forces_things_brought_in_are_none(nlp: Language, text: str) -> None:
    assert _deployments(nlp, text) == []
