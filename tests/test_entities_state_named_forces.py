"""A force named by its state's official name ("the Republic of X Marine Corps") is that state's
body. The NER tags the whole name a place (GPE), so the state it opens with was taken out and the
rest left as nothing; and a state's name holding an "of" was not found inside a body's name, so
the body had no state.

The sentences and the bodies are invented for the test (the states are real, for their names).
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The Republic of Palau Marine Corps said on Monday it had detained two men.", "state/PW"),
        ("Crews of the Republic of Singapore Air Force flew four sorties over the strait on Friday.", "state/SG"),
    ],
)
def test_a_force_named_by_its_states_official_name_is_its_body(nlp: Language, text: str, state: str) -> None:
    article = Article(id="t", text=text, source="test", published=date(2026, 4, 14))
    doc = nlp(text)
    entities = find_entities(doc, article)
    bodies = [e for e in entities if e.type == "Agency" and e.name.endswith(("Marine Corps", "Air Force"))]
    assert len(bodies) == 1, entities
    rels = {(r.subject, r.predicate, r.object) for r in find_relations(doc, article, entities)}
    assert (bodies[0].key, "partOf", state) in rels
