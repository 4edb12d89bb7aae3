"""Who closed a crossing when the text says whose decision or order it was: "closed by order of
the government of X", "remains closed by decision of the authorities of X", "has stayed closed
since Saturday by order of the Y Police". The act noun ("decision", "order", "decree") is no
agent; the one it belongs to is, and "the government of X" is X, not the last state named.

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
    "Norway": ("state/NO", "State"),
    "Sweden": ("state/SE", "State"),
    "Velmora": ("checkpoint/velmora", "Checkpoint"),
    "Sandbu Police": ("agency/sandbu-police", "Agency"),
}


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("The Velmora crossing was closed on Saturday by order of the government of Norway.", "state/NO"),
        (
            "Since Saturday, 6 June, the Velmora crossing remains closed on the Norwegian side by decision of the "
            "authorities of Norway.",
            "state/NO",
        ),
        (
            "The Velmora crossing has stayed closed since Saturday by order of the Sandbu Police.",
            "agency/sandbu-police",
        ),
    ],
)
def test_events_closure_by_decision_of_a_body_is_its_act(nlp: Language, text: str, agent: str) -> None:
    (closure,) = [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderClosure"]
    assert agent in closure.agent
