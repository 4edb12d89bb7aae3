"""A dateline's town is no source: "Capital - N people crossed ..., the X said" credits X.

The parser reads a town opening the story's line before a dash as a second subject of the saying
verb at the sentence's end; a capital there stood for its state ("Moscow said") and took the figure
from the body that gave it. Every sentence is invented for the test, in two or more wordings;
entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2026, 6, 9)
NAMES = {
    "Oslo": ("settlement/oslo", "Settlement"),
    "Norway": ("state/NO", "State"),
    "Sweden": ("state/SE", "State"),
    "Roads and Customs Agency": ("agency/roads-and-customs-agency", "Agency"),
}


@pytest.mark.parametrize(
    "text",
    [
        "Oslo - Some 6,450 travellers crossed from Sweden into Norway last week, the Roads and Customs Agency said.\n",
        "Oslo - Some 6,450 people crossed between Norway and Sweden at the two crossings, the Roads and "
        "Customs Agency said today.\n",
    ],
)
def test_events_dateline_sources_the_saying_body(nlp: Language, text: str) -> None:
    flows = [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing"]
    assert flows
    assert all(e.reported_by == ("agency/roads-and-customs-agency",) for e in flows)
