"""A vote is reported by the electoral body the text names as giving its results, even in another
sentence than the vote ("A referendum was held on Sunday. On Monday the Electoral Commission
released the provisional results"); a party giving its own count is no such source.

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
    "Estonia": ("state/EE", "State"),
    "Electoral Commission": ("agency/electoral-commission", "Agency"),
    "Harvel Party": ("organization/harvel-party", "Organization"),
}


def _vote_sources(nlp: Language, text: str) -> set[tuple[str, ...]]:
    return {e.reported_by for e in named_events(nlp, text, NAMES, PUB) if e.type == "Referendum"}


@pytest.mark.parametrize(
    "text",
    [
        "Estonia held a referendum on the new constitution on Sunday. The Harvel Party disputes the preliminary "
        "figures, which were published by the Electoral Commission overnight.",
        "A referendum on the new constitution was held in Estonia on Sunday. On Monday the Electoral Commission "
        "released the provisional results, which showed a narrow majority in favour.",
    ],
)
def test_events_vote_is_reported_by_body_giving_its_results(nlp: Language, text: str) -> None:
    assert _vote_sources(nlp, text) == {("agency/electoral-commission",)}


def test_events_party_count_is_no_vote_source(nlp: Language) -> None:
    text = (
        "A referendum on the new constitution was held in Estonia on Sunday. "
        "The Harvel Party published the results of its own count on Monday."
    )
    assert _vote_sources(nlp, text) == {()}
