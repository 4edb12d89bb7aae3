"""A force posted or sent "there" is deployed at the place named just before ("X is where the
pressure is. We have posted 25 more officers there."), whether the parser hangs the adverb on the
verb or on the people sent; an expletive "there are" points nowhere.

Every sentence here is invented for the test; entities are built by hand so that only event
reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

#: A Tuesday.
PUB = date(2026, 6, 16)

NAMES = {
    "Norway": ("state/NO", "State"),
    "Velmora": ("checkpoint/velmora", "Checkpoint"),
    "Ostvik": ("settlement/ostvik", "Settlement"),
    "Torsby Police": ("agency/torsby-police", "Agency"),
}


@pytest.mark.parametrize(
    ("text", "place", "count"),
    [
        (
            "MINISTER HALVORSEN: Ostvik is where the queues are worst. Last week we put twenty-five extra guards "
            "there.",
            "settlement/ostvik",
            25,
        ),
        (
            "CHIEF HALVORSEN: Traffic at Velmora doubled in June, so the Torsby Police sent 30 extra guards "
            "there on Friday.",
            "checkpoint/velmora",
            30,
        ),
    ],
)
def test_a_force_sent_there_is_deployed_at_the_place_named_before(
    nlp: Language, text: str, place: str, count: int
) -> None:
    (sent,) = [e for e in named_events(nlp, text, NAMES, PUB) if e.label.startswith("Deployment")]
    assert sent.place == (place,)
    assert sent.count == count
