"""A body named by its head and two fields after "of" is one body: "the Directorate of Roads and Bridges".

Invented sentences through the real model. The model ends such a name at its "and", keeps the
head and the first field, and reads the second field alone (often as a person); the fields that
end the phrase belong to the name. Names of places after "and" stay places of their own.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article


def _entities(nlp: Language, text: str) -> dict[str, tuple[str, set[str]]]:
    article = Article(id="t", text=text, source="test")
    return {e.name: (e.type, {e.name, *e.aliases}) for e in find_entities(nlp(text), article)}


@pytest.mark.parametrize(
    ("text", "body", "field"),
    [
        (
            "The Provincial Directorate of Roads and Bridges said the work would finish in May.",
            "Provincial Directorate of Roads and Bridges",
            "Bridges",
        ),
        (
            "A letter from the Department of Fisheries and Marine Resources asked boat owners to register.",
            "Department of Fisheries and Marine Resources",
            "Marine Resources",
        ),
    ],
)
def test_entities_fields_after_and_join_the_body(nlp: Language, text: str, body: str, field: str) -> None:
    found = _entities(nlp, text)
    assert any(body in names and type_ == "Agency" for type_, names in found.values())
    assert field not in found  # the second field is no entity of its own


def test_entities_fields_after_and_leave_states(nlp: Language) -> None:
    found = _entities(nlp, "The Embassy of Nauru and Palau said the ferry would sail on Monday.")
    assert found.get("Nauru", ("", set()))[0] == "State"
    assert found.get("Palau", ("", set()))[0] == "State"
