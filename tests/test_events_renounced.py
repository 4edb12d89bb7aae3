"""An event someone says they do not mean to carry out is no event: "we have no intention of
closing the border", "has no plans to deploy troops", "does not plan to close it". The negation
sits on the noun or verb of intention the trigger completes, so a check of the trigger alone missed
it and the graph gained a closure the speaker had just denied.

Every story here is invented for the test; each class is shown in two or more wordings, with near
misses that must still give their event.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Thursday.
PUB = date(2023, 6, 15)

NAMES = {
    "Nordavia": ("state/nordavia", "State"),
    "Varnekia": ("state/varnekia", "State"),
    "Tolmaz": ("checkpoint/tolmaz", "Checkpoint"),
}


def _closures(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderClosure"]


@pytest.mark.parametrize(
    "text",
    [
        "We have no intention of closing our border with Varnekia, whatever happens at the talks.",
        "The government has no plans to close the Tolmaz crossing.",
        "The interior ministry does not plan to close the Tolmaz crossing this winter.",
    ],
)
def test_a_renounced_closure_is_no_event(nlp: Language, text: str) -> None:
    assert _closures(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The government decided to close the Tolmaz crossing.",
        "Nordavia has closed its border with Varnekia.",
        "The government has plans to close the Tolmaz crossing on Monday.",
    ],
)
def test_a_closure_decided_or_done_is_kept(nlp: Language, text: str) -> None:
    assert len(_closures(nlp, text)) == 1
