"""A counted force put somewhere with a verb of putting ("five more officers were put at X", "will
place fifteen extra officers at X", "has positioned 120 extra officers between X and Y") is a
deployment; the same verbs with no force, or with people put in a state or a roster ("placed four
guards on leave", "added 45 officers to its ranks"), are none.

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
    "Morvania": ("state/morvania", "State"),
    "Morvanian Police": ("agency/morvanian-police", "Agency"),
    "Morvanian Coast Guard": ("agency/morvanian-coast-guard", "Agency"),
    "Morvanian Revenue Service": ("agency/morvanian-revenue-service", "Agency"),
    "Dunfell": ("settlement/dunfell", "Settlement"),
    "Harrowby": ("settlement/harrowby", "Settlement"),
}


def _deployments(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, "HARROWBY, Morvania, 10 June 2026 - " + text, NAMES, PUB)
    return [e for e in events if e.label.startswith("Deployment")]


@pytest.mark.parametrize(
    ("text", "agent", "place", "count"),
    [
        (
            "Before the summer the Morvanian Coast Guard will place fifteen extra officers at Dunfell.",
            ("agency/morvanian-coast-guard",),
            ("settlement/dunfell",),
            15,
        ),
        (
            "Five more officers were put at Dunfell by the Morvanian Revenue Service this week.",
            ("agency/morvanian-revenue-service",),
            ("settlement/dunfell",),
            5,
        ),
        (
            "Between Dunfell and Harrowby the Morvanian Police has positioned 120 extra officers.",
            ("agency/morvanian-police",),
            ("settlement/dunfell", "settlement/harrowby"),
            120,
        ),
        (
            "Thirty more police officers have been posted at Dunfell, the Morvanian Police said.",
            (),
            ("settlement/dunfell",),
            30,
        ),
    ],
)
def test_a_counted_force_put_at_a_place_is_deployed(
    nlp: Language, text: str, agent: tuple[str, ...], place: tuple[str, ...], count: int
) -> None:
    (deployment,) = _deployments(nlp, text)
    assert deployment.agent == agent
    assert deployment.place == place
    assert deployment.count == count


@pytest.mark.parametrize(
    "text",
    [
        "The Morvanian Police placed four guards on leave after the inquiry.",
        "The Morvanian Police added 45 officers to its ranks last year.",
        "The Morvanian Police put two guards under investigation at Dunfell.",
        "The Morvanian Police posted a video of the queue at Dunfell.",
    ],
)
def test_people_put_in_a_state_or_a_roster_are_not_deployed(nlp: Language, text: str) -> None:
    assert _deployments(nlp, text) == []
