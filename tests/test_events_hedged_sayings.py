"""A modal on a speaker's own verb of saying ("I would just add that ...", "we should stress
that ...") softens the saying: the event the clause after it reports is still reported. A modal on the
event's own verb, or on someone else's saying, still makes it hypothetical.

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
    "Vessby": ("settlement/vessby", "Settlement"),
}


def _deployments(nlp: Language, text: str) -> list[Event]:
    return [e for e in named_events(nlp, text, NAMES, PUB) if e.label.startswith("Deployment")]


@pytest.mark.parametrize(
    "text",
    [
        "I should add that over Easter the Revenue Guard moved fourteen officers to Vessby.",
        "We would stress that the Revenue Guard sent fourteen officers to Vessby on Tuesday.",
        "And I might add that fourteen officers of the Revenue Guard were moved to Vessby.",
    ],
)
def test_events_hedged_sayings_a_softened_saying_still_reports(nlp: Language, text: str) -> None:
    (deployment,) = _deployments(nlp, text)
    assert (deployment.place, deployment.count) == (("settlement/vessby",), 14)


@pytest.mark.parametrize(
    "text",
    [
        "I should add that the Revenue Guard could send fourteen officers to Vessby.",
        "The Revenue Guard should send fourteen officers to Vessby.",
        "Mayors would say that the Revenue Guard sent fourteen officers to Vessby.",
    ],
)
def test_events_hedged_sayings_a_modal_elsewhere_keeps_it_hypothetical(nlp: Language, text: str) -> None:
    assert _deployments(nlp, text) == []
