"""An office named through the delegation it leads: "the X delegation was led by the Minister of Y, Z".

Invented sentences through the real model: a joint statement names both sides in one sentence,
often leaving out the second verb ("and the W delegation by ..."); each leader's office is in the
state of the delegation it leads, not the sentence's first or most named state.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Governments of Finland and Estonia met in Narva on Monday. The Finnish delegation was led by the "
            "Minister of Water and Forests, Hon. Jarek Volmo Tadde, and the Estonian delegation by the Minister of "
            "Ports, Fisheries and Coastal Works, Hon. Selma Orrin-Kavu.",
            {("person/jarek-volmo-tadde", "state/FI"), ("person/selma-orrin-kavu", "state/EE")},
        ),
        (
            "Talks between Chile and Peru opened in Arica. The Peruvian delegation was headed by Interior Minister "
            "Ivo Pellar Quist, and the Chilean delegation by Labour Minister Ruta Venn Halloway.",
            {("person/ivo-pellar-quist", "state/PE"), ("person/ruta-venn-halloway", "state/CL")},
        ),
    ],
)
def test_positions_delegation_leader_holds_office_in_its_state(
    nlp: Language, text: str, want: set[tuple[str, str]]
) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    got = {(p.holder, p.post_in) for p in find_positions(doc, article, find_entities(doc, article))}
    assert want <= got
