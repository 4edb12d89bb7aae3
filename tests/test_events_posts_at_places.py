"""A counted force added "to" a common noun that "at" a named place locates ("is adding 65 officers
to the booths at X", "will add 65 more inspectors to the desks at Y") is deployed there: the booths
are a post, not a roster. People added to a roster somewhere ("to its ranks in Y") stay no deployment.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

PUB = date(2026, 6, 10)

NAMES = {
    "Kolvenbrug Bridge": ("checkpoint/kolvenbrug", "Checkpoint"),
    "Selvino": ("settlement/selvino", "Settlement"),
}


def _deployments(nlp: Language, text: str) -> list[Event]:
    return [e for e in named_events(nlp, text, NAMES, PUB) if e.label.startswith("Deployment")]


@pytest.mark.parametrize(
    "text",
    [
        "For the summer weekends the agency is adding 65 officers to the booths at the Kolvenbrug Bridge.",
        "Before the holidays the service will add 65 more inspectors to the desks at the Kolvenbrug Bridge.",
    ],
)
def test_a_force_added_to_a_post_at_a_named_place(nlp: Language, text: str) -> None:
    (deployment,) = _deployments(nlp, text)
    assert deployment.place == ("checkpoint/kolvenbrug",)
    assert deployment.count == 65


def test_a_force_added_to_a_roster_is_none(nlp: Language) -> None:
    assert _deployments(nlp, "The police added 45 officers to its ranks in Selvino last year.") == []
