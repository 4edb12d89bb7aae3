"""A unit named with its parent body's initials: invented sentences.

Class: "the Tarnian Defence Force Coast Guard ... the TDF Coast Guard", "the Royal Vardish Navy
Diving Squadron ... the RVN Diving Squadron": the initials spell the parent's name, the words
after them are the unit's own; both names are one body, one node.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "The Tarnian Defence Force Coast Guard rescued twelve fishermen on Sunday. "
            "The TDF Coast Guard said the boat had lost power.",
            "Tarnian Defence Force Coast Guard",
            "TDF Coast Guard",
        ),
        (
            "Divers of the Royal Vardish Navy Diving Squadron searched the harbour. "
            "The RVN Diving Squadron found nothing.",
            "Royal Vardish Navy Diving Squadron",
            "RVN Diving Squadron",
        ),
    ],
)
def test_entities_initialled_units_are_one_body(nlp: Language, text: str, full: str, short: str) -> None:
    found = find_entities(nlp(text), Article(id="t", text=text, source="test"))
    owner = next(e for e in found if e.name == full)
    assert short in {m.text.removeprefix("The ").removeprefix("the ") for m in owner.mentions}
    assert not any(e.name == short for e in found)
