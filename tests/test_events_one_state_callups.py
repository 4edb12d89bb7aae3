"""A call-up its sentence gives no one to and no place ("by its terms, 4,000 young men will be
called up", "some 1,500 reservists are to be called up for training"), in a text that names one
state and no other: a call-up is a state's act, so it is that state's. In a text naming two states
the call-up stays without an agent.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Tuesday.
PUB = date(2031, 3, 11)

NAMES = {
    "Veltrania": ("state/veltrania", "State"),
    "Ostravia": ("state/ostravia", "State"),
}


def _callups(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "Mobilization"]


@pytest.mark.parametrize(
    "text",
    [
        "The head of state of Veltrania signed the decree on Tuesday. By its terms, 4,000 young men will be "
        "called up from 1 April. Veltrania last held such a call in 2029.",
        "The defence ministry of Veltrania met on Monday. Some 1,500 reservists are to be called up for training "
        "camps in May, the ministry said. Veltrania has no conscription in peacetime.",
    ],
)
def test_agentless_callup_in_a_one_state_text_is_that_states(nlp: Language, text: str) -> None:
    (callup,) = _callups(nlp, text)
    assert callup.agent == ("state/veltrania",)


def test_agentless_callup_in_a_two_state_text_has_no_agent(nlp: Language) -> None:
    text = (
        "The defence ministry of Veltrania met the envoy of Ostravia on Monday. Some 1,500 reservists are to be "
        "called up for training camps in May, the ministry said."
    )
    assert all(not c.agent for c in _callups(nlp, text))
