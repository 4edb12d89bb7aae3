"""A subject pronoun after a clause whose subject was a common noun points back to that noun:
"Police officers patrolled ... On Tuesday they sent ..." are the officers, not the last state the
text named; "The X government met ... It sent ..." is that government, however many clauses of "it" come
between.

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
    "Brevania": ("state/brevania", "State"),
    "Ostrelia": ("state/ostrelia", "State"),
    "Pellan": ("settlement/pellan", "Settlement"),
}


def _deployments(nlp: Language, text: str) -> list[Event]:
    text = "PELLAN, Brevania, 10 June 2026 - " + text
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.label.startswith("Deployment")]


@pytest.mark.parametrize(
    "text",
    [
        "Talks with Ostrelia ended on Monday without a deal. Police officers patrolled the coast overnight. "
        "On Tuesday they sent 290 more officers to Pellan.",
        "Ostrelia protested on Monday. Rescue teams worked through the night, and they deployed 40 boats to "
        "Pellan by dawn.",
    ],
)
def test_they_after_a_common_noun_subject_is_no_named_state(nlp: Language, text: str) -> None:
    (deployment,) = _deployments(nlp, text)
    assert "state/ostrelia" not in deployment.agent


@pytest.mark.parametrize(
    "text",
    [
        "The government of Brevania met on Monday after talks with Ostrelia. It sent 215 soldiers to Pellan.",
        "The Brevanian government approved two measures on Monday, a day after Ostrelia closed its ports. "
        "First, it raised fuel aid. Second, it sent 215 soldiers to Pellan.",
    ],
)
def test_it_after_the_government_is_the_government(nlp: Language, text: str) -> None:
    (deployment,) = _deployments(nlp, text)
    assert deployment.agent == ("state/brevania",)
