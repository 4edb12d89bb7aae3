"""A holiday's name is a time of the year, never a place or a person: "extra staff before Easter",
"the gate stays open late for Diwali", "traffic over Thanksgiving".

Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from named_entities import found_entities
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "holiday"),
    [
        (
            "The harbour master wants twelve more customs officers at the ferry terminal before Easter.",
            "Easter",
        ),
        (
            "The Marovska gate will stay open until midnight for Easter, and will close at ten after the holiday.",
            "Easter",
        ),
        ("Queues at the Hartsby crossing doubled over Thanksgiving as families drove south.", "Thanksgiving"),
        ("Traders expect the busiest week of the year just before Diwali, a spokesman for the market said.", "Diwali"),
    ],
)
def test_entities_holidays_are_no_entities(nlp: Language, text: str, holiday: str) -> None:
    names = [name for name, _ in found_entities(nlp, text)]
    assert holiday not in names
