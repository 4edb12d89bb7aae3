"""A state's body whose own name holds an "of" keeps it, and is the body of the state named after
its name: "the Ministry of Highland Settlements of Lesotho", "the Department of Civil Status and
Residence of Zambia"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        (
            "The talks were held by the Ministry of Highland Settlements of Lesotho and a delegation from "
            "Eswatini on Monday.",
            "Ministry of Highland Settlements",
            "state/LS",
        ),
        (
            "The Department of Civil Status and Residence of Zambia said the new post would open on Monday.",
            "Department of Civil Status and Residence",
            "state/ZM",
        ),
        (
            "A joint statement was signed by the Directorate of Coastal Fisheries of Namibia and Angola's "
            "fisheries ministry.",
            "Directorate of Coastal Fisheries",
            "state/NA",
        ),
    ],
)
def test_relations_owned_names_are_the_states_bodies(nlp: Language, text: str, name: str, state: str) -> None:
    """The body is found under its own name (with its owner as written) and is part of the state."""
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    entities = find_entities(doc, article)
    bodies = [e for e in entities if e.type == "Agency" and any(n.startswith(name) for n in (e.name, *e.aliases))]
    assert len(bodies) == 1, entities
    parts = {(r.subject, r.object) for r in find_relations(doc, article, entities) if r.predicate == "partOf"}
    assert (bodies[0].key, state) in parts
