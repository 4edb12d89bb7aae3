"""A counted deployment someone announces or says ("The minister, X, announced that 40 more
officers will be sent to Y", "X said 120 soldiers had been deployed") is reported by that
speaker, as counted arrests are; a body that deploys its own people is its agent, not its source,
unless it is the one telling of it ("the Defence Ministry announced it had moved 275 troops").

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

#: A Wednesday.
PUB = date(2026, 6, 10)

NAMES = {
    "Velmora": ("checkpoint/velmora", "Checkpoint"),
    "Jonas Tolmark": ("person/jonas-tolmark", "Person"),
    "Tolmark": ("person/jonas-tolmark", "Person"),
    "Sandbu Police": ("agency/sandbu-police", "Agency"),
    "Kestrup": ("checkpoint/kestrup", "Checkpoint"),
    "Defence Ministry": ("agency/defence-ministry", "Agency"),
}


def _deployment(nlp: Language, text: str, count: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    (ev,) = [e for e in named_events(nlp, text, NAMES, PUB) if e.label.startswith("Deployment") and e.count == count]
    return ev.reported_by, ev.agent


@pytest.mark.parametrize(
    "text",
    [
        "The interior minister, Jonas Tolmark, announced on Monday that 40 more officers of the Sandbu Police "
        "will be sent to the Velmora crossing.",
        "Jonas Tolmark said on Tuesday that 40 extra officers had been deployed to Velmora for the summer.",
        "Another 40 officers are being sent to Velmora, Tolmark told reporters.",
    ],
)
def test_events_announced_deployment_is_reported_by_its_speaker(nlp: Language, text: str) -> None:
    reported_by, _ = _deployment(nlp, text, 40)
    assert reported_by == ("person/jonas-tolmark",)


def test_events_deploying_body_is_agent_not_source(nlp: Language) -> None:
    reported_by, agent = _deployment(nlp, "The Sandbu Police deployed 120 officers to Velmora on Tuesday.", 120)
    assert (reported_by, agent) == ((), ("agency/sandbu-police",))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The Defence Ministry announced it had moved 275 troops to Kestrup overnight.", 275),
        ("The Defence Ministry has deployed 450 troops near Kestrup, the ministry said in a statement.", 450),
    ],
)
def test_events_body_telling_of_its_own_deployment_is_its_source(nlp: Language, text: str, count: int) -> None:
    assert _deployment(nlp, text, count) == (("agency/defence-ministry",), ("agency/defence-ministry",))
