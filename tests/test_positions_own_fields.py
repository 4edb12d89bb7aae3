"""A later office named with its own field ("the Commissioner for Water Resources") is someone else's.

"Chief of Mission" and "Head of Mission" open like a description ("head of diplomacy") that a later
formal title may rename ("the foreign secretary added"); an office with a field of its own ("for
X", "to Y") is a different office, named in full, and renames nothing. Invented texts through the
real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "holder", "title"),
    [
        (
            '"The wells are dry," said Amina Tall Bocoum, IOM\'s Chief of Mission in Mali.\n\n'
            "IOM works with the Commissioner for Water Resources in Bamako.\n",
            "person/amina-tall-bocoum",
            "Chief of Mission",
        ),
        (
            "Tomas Reinholt Vago, the head of mission of the Red Cross in Chad, visited the camps on Monday. "
            "The Red Cross then met the Minister for Water and Sanitation in N'Djamena.",
            "person/tomas-reinholt-vago",
            "Head of Mission",
        ),
    ],
)
def test_positions_office_with_its_own_field_renames_nothing(nlp: Language, text: str, holder: str, title: str) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    got = {(p.holder, p.title) for p in find_positions(doc, article, find_entities(doc, article))}
    assert (holder, title) in got, got
