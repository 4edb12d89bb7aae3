"""A body telling of the vessels it intercepted is the source of that tally.

A coast guard that tells how many boats its cutters stopped gives its own figure, not the figure of
the publisher whose release cites it. Every sentence is invented for the test,
in two or more wordings; entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

NAMES = {"Icelandic Coast Guard": ("agency/coast-guard-iceland", "Agency"), "Iceland": ("state/IS", "State")}


@pytest.mark.parametrize(
    "text",
    [
        "The Icelandic Coast Guard said on Friday that it had intercepted 17 vessels near the islands since 1 July.",
        "The Icelandic Coast Guard said it had intercepted 17 boats in the bay since the start of August.",
    ],
)
def test_events_vessel_sources_the_body_itself(nlp: Language, text: str) -> None:
    counted = [e for e in named_events(nlp, text, NAMES, date(2026, 9, 10)) if e.count == 17]
    assert counted
    assert all(e.reported_by == ("agency/coast-guard-iceland",) for e in counted)
