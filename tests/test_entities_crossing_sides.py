"""A crossing a text names after both its towns ("the A - B crossing") and then after the town on
one side ("the B crossing") is one checkpoint of that text, not two.

Every sentence and town here is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import link_mentions


@pytest.mark.parametrize(
    ("text", "one"),
    [
        (
            "Travellers were told on Tuesday that the Dunovce - Zarka crossing will be shut overnight from "
            "1 May. Drivers heading to Hungary should use the Zarka crossing only in daylight until the works end.",
            "Zarka",
        ),
        (
            "The Kalvaro/Brenzano crossing point between Slovenia and Croatia reopened on Friday. Officers at "
            "the Brenzano crossing point checked every car, police said.",
            "Brenzano",
        ),
    ],
)
def test_crossing_sides_one_town_joins_the_pair(nlp: Language, text: str, one: str) -> None:
    keys = {lk.key for lk in link_mentions(nlp(text)) if lk.type == "Checkpoint"}
    assert len(keys) == 1, keys
