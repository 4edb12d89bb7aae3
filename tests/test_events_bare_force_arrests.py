"""Bare "guards" or "agents" who arrest are the body named with the same noun a few sentences
before: "X guards inspected 9,300 lorries ... On Friday, guards detained 23 ...", "agents of the
X screened ... agents arrested 16 ...". With no such body named, the arrest keeps no agent.

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
    "Corrund": ("state/corrund", "State"),
    "Corrund Border Police": ("agency/corrund-border-police", "Agency"),
}


def _arrests(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, "Corrund, 10 June 2026 - " + text, NAMES, PUB)
    return [e for e in events if e.label.startswith("Arrest")]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Corrund Border Police guards inspected 9,300 lorries over the holiday. "
            "On Friday, guards detained 23 people suspected of forging visas.",
            23,
        ),
        (
            "On Monday agents of the Corrund Border Police screened the passengers of three night trains. "
            "At the last station, agents arrested 16 men wanted for fraud.",
            16,
        ),
    ],
)
def test_bare_guards_are_the_body_named_with_them_before(nlp: Language, text: str, count: int) -> None:
    (arrest,) = _arrests(nlp, text)
    assert arrest.agent == ("agency/corrund-border-police",)
    assert arrest.count == count


def test_with_no_body_named_before_bare_guards_are_no_one(nlp: Language) -> None:
    (arrest,) = _arrests(nlp, "Guards detained 23 people on Friday.")
    assert arrest.count == 23
    assert arrest.agent == ()
