"""Reservists "called out" are called up, as Commonwealth defence law words it: the verb with its
particle ("called out 180 members of the X Army Reserve") and the noun ("the call-out of 320
reservists"). Calling out anything else ("called out the force for its silence") is no call-up.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

#: A Tuesday.
PUB = date(2026, 6, 16)

NAMES = {
    "Keltra Defence Force": ("agency/keltra-defence-force", "Agency"),
    "Keltra Army Reserve": ("agency/keltra-army-reserve", "Agency"),
    "Ilse Marrant": ("person/ilse-marrant", "Person"),
}


@pytest.mark.parametrize(
    ("text", "count", "agent"),
    [
        (
            "Parliament approved on Thursday the call-out of 320 reservists of the Keltra Defence Force "
            "to guard the northern dams.",
            320,
            "agency/keltra-defence-force",
        ),
        (
            "After the floods the Keltra Defence Force called out 180 members of the Keltra Army Reserve for a month.",
            180,
            "agency/keltra-defence-force",
        ),
    ],
)
def test_reservists_called_out_are_a_call_up(nlp: Language, text: str, count: int, agent: str) -> None:
    (call_up,) = [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "Mobilization"]
    assert call_up.count == count
    assert agent in call_up.agent


@pytest.mark.parametrize(
    "text",
    [
        "Ilse Marrant called out the Keltra Defence Force for its silence on the floods.",
        "At the passing-out parade the sergeant called out 40 names of the Keltra Defence Force recruits.",
    ],
)
def test_calling_out_anything_else_is_no_call_up(nlp: Language, text: str) -> None:
    assert not [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "Mobilization"]


@pytest.mark.parametrize(
    "text",
    [
        "The Defence Minister, Ilse Marrant, yesterday approved an order calling up 450 reservists for a week.",
        "Keltra's defence chief, Ilse Marrant, signed a decree calling out 200 members of the Keltra Army Reserve.",
    ],
)
def test_the_signer_of_an_order_calling_up_reservists_calls_them_up(nlp: Language, text: str) -> None:
    (call_up,) = [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "Mobilization"]
    assert "person/ilse-marrant" in call_up.agent


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday the Keltra Minister of Home Security, Ilse Marrant, issued an order calling up 320 reservists.",
        "The Keltra Defence Minister, Ilse Marrant, issued a decree calling out 90 members of the Keltra Army Reserve.",
    ],
)
def test_a_signer_named_beside_her_state_calls_them_up_too(nlp: Language, text: str) -> None:
    names = {**NAMES, "Keltra": ("state/keltra", "State")}
    (call_up,) = [e for e in named_events(nlp, text, names, PUB) if e.type == "Mobilization"]
    assert "person/ilse-marrant" in call_up.agent
