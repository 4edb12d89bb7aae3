"""People counted at a way across by a verb of border control are a flow across it, whether the
parser hangs "at the X post" on the verb or on the people ("registered 900 travellers at the X
post") and whether the people are its object or the subject of its passive ("900 travellers were
checked at X", "a total of 900 people were screened at X"). People counted in a town
are no flow.

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
PUB = date(2026, 7, 8)

NAMES = {
    "Norvalia": ("state/norvalia", "State"),
    "Kelo": ("checkpoint/kelo", "Checkpoint"),
    "Varnholm": ("settlement/varnholm", "Settlement"),
}


def _crossings(nlp: Language, text: str) -> list[Event]:
    text = "Norvalia, 8 July 2026 - " + text
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Since 1 June, the border police have registered 6,315 travellers at the Kelo border post.", 6315),
        ("Last week 2,735 passengers were checked at the Kelo crossing point, the border police said.", 2735),
        ("On Sunday an average of about 840 persons an hour were screened at the Kelo checkpoint.", 840),
    ],
)
def test_people_counted_at_a_post_are_a_flow(nlp: Language, text: str, count: int) -> None:
    flows = [e for e in _crossings(nlp, text) if e.count == count]
    assert flows
    assert "checkpoint/kelo" in flows[0].via or "checkpoint/kelo" in flows[0].destination


def test_people_counted_in_a_town_are_no_flow(nlp: Language) -> None:
    assert not _crossings(nlp, "Officials registered 1,863 voters in Varnholm on Sunday.")
