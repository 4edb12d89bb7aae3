"""Several crossings in one sentence, each "with" its own far side: "the A crossing with X, and the B
crossing with Y" makes A cross into X and B into Y, never both into both."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


def _connects(nlp: Language, text: str) -> set[tuple[str, str]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    return {
        (r.subject, r.object)
        for r in find_relations(doc, article, find_entities(doc, article))
        if r.predicate == "connects"
    }


@pytest.mark.parametrize(
    "text",
    [
        "According to the Interior Ministry of Slovakia, 18,500 travellers used the Varnok border crossing "
        "with Hungary on Sunday, and queues at the Dobrel crossing with Poland reached four hours.",
        "Slovakia said traffic at the Varnok border crossing with Hungary was heavy on Friday, while the Dobrel "
        "border crossing with Poland was quiet.",
    ],
)
def test_relations_crossing_withs_each_crossing_its_own_far_side(nlp: Language, text: str) -> None:
    found = _connects(nlp, text)
    assert ("checkpoint/varnok", "state/HU") in found
    assert ("checkpoint/dobrel", "state/PL") in found
    assert ("checkpoint/varnok", "state/PL") not in found
    assert ("checkpoint/dobrel", "state/HU") not in found
    assert ("checkpoint/varnok", "state/SK") in found  # the near side the sentence names
    assert ("checkpoint/dobrel", "state/SK") in found
