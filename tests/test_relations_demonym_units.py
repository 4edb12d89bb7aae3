"""A region written "the Ruritanian province of X" is part of the demonym's state, whether or not
the tables know X by that name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "region", "state"),
    [
        (
            "JAKARTA - Police held 48 people who had sailed from the Indonesian province of West Varuna.",
            "region/west-varuna",
            "state/ID",
        ),
        ("Shelling was reported overnight in the Ukrainian region of Zarvan.", "region/zarvan", "state/UA"),
    ],
)
def test_relations_demonym_units_are_part_of_the_state(nlp: Language, text: str, region: str, state: str) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    found = {(r.subject, r.predicate, r.object) for r in find_relations(doc, article, find_entities(doc, article))}
    assert (region, "partOf", state) in found
