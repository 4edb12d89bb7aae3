"""A state named only as the owner of an envoy ("summoned Y's ambassador", "the ambassador of Y")
is the other side of the sentence: the foreign ministry that summons the envoy is the home
state's, not Y's. Invented stories with real state names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


def _parts(nlp: Language, text: str) -> set[tuple[str, str]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    found = find_relations(doc, article, find_entities(doc, article))
    return {(r.subject, r.object) for r in found if r.predicate == "partOf" and r.subject.startswith("agency/")}


@pytest.mark.parametrize(
    "text",
    [
        "Portugal wants calm in the fishing dispute. In Lisbon, the Ministry of Foreign Affairs summoned "
        "Mauritius's ambassador on Tuesday.",
        "Portugal wants calm in the fishing dispute. The Foreign Ministry summoned the ambassador of "
        "Mauritius on Tuesday.",
    ],
)
def test_relations_agency_envoys_state_is_not_the_bodys(nlp: Language, text: str) -> None:
    parts = _parts(nlp, text)
    assert any(obj == "state/PT" for _, obj in parts)
    assert not any(obj == "state/MU" for _, obj in parts)
