"""The Schengen area, however a text names it ("the Schengen area", "the Schengen zone", "under
the Schengen rules"), is the one known body of states without checks on their common borders,
never a person the NER read in the treaty village's name.

Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from named_entities import found_entities
from spacy.language import Language


@pytest.mark.parametrize(
    "text",
    [
        "Forty travellers lacking papers valid across the Schengen area were sent back in August.",
        "Spot checks near the frontier remain lawful within the Schengen rules, a police spokesman said.",
        "Bulgaria has now fully joined the Schengen zone.",
    ],
)
def test_entities_schengen_area_is_one_body(nlp: Language, text: str) -> None:
    found = found_entities(nlp, text)
    assert ("Schengen Area", "Organization") in found
    assert not any(type_ == "Person" for _, type_ in found)
