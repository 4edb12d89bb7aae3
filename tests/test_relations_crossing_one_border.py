"""A crossing lies on one border: of two "on the border with Y" after it, the first is its own,
the second belongs to a crossing the text did not name as one ("A, on the border with X, and
B - C, on the border with Y")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


def _found(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    return {(r.subject, r.predicate, r.object) for r in find_relations(doc, article, find_entities(doc, article))}


@pytest.mark.parametrize(
    ("text", "checkpoint"),
    [
        (
            "Border report\n\nTraffic was heaviest at the Varnel crossing point, on the border with Bulgaria, with "
            "20,000 people, and at Dravo - Lisnik, on the border with Serbia, with 9,000, the Romanian border "
            "police said.",
            "checkpoint/varnel",
        ),
        (
            "Border report\n\nThe busiest crossing points were Varnel - Kelmor, on the border with Bulgaria, with "
            "more than 20,000 people, and Dravo - Lisnik, on the border with Serbia, with about 9,000, the "
            "Romanian border police said.",
            "checkpoint/varnel-kelmor",
        ),
    ],
)
def test_relations_crossing_one_border_takes_the_first_with(nlp: Language, text: str, checkpoint: str) -> None:
    found = _found(nlp, text)
    assert (checkpoint, "connects", "state/BG") in found
    assert (checkpoint, "connects", "state/RS") not in found
