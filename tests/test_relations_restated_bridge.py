"""A crossing restated by a description ("the bridge") in a sentence that names another crossing
by name is on no border of that sentence: "because of works on the bridge, the X crossing on the
border with Y will close" puts X on that border, not the crossing "the bridge" resolved to."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "restated"),
    [
        (
            "Weekly report\n\nLorries crossed at the Dravo bridge on the border with Serbia and at Varnel on the "
            "border with Bulgaria.\n\nBecause of repairs to the bridge, the Zarvan crossing point on the border "
            "with Bulgaria will close on Monday, the Romanian border police said.",
            "checkpoint/dravo-bridge",
        ),
        (
            "Weekly report\n\nTraffic was heavy at the Dravo crossing on the border with Serbia.\n\nBecause of "
            "works on the bridge, the Zarvan crossing on the border with Bulgaria will be closed from 8 to 10 "
            "July, the Romanian border police said.",
            "checkpoint/dravo",
        ),
    ],
)
def test_relations_restated_bridge_is_on_no_border_of_a_named_crossing(nlp: Language, text: str, restated: str) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    found = {(r.subject, r.predicate, r.object) for r in find_relations(doc, article, find_entities(doc, article))}
    assert ("checkpoint/zarvan", "connects", "state/BG") in found
    assert (restated, "connects", "state/RS") in found
    assert (restated, "connects", "state/BG") not in found
