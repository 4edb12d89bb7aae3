"""A capital's possessive before a ministry stands for its state's government: "Kampala's foreign
ministry" in a story filed from a neighbour is Uganda's, not the home state's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "ministry", "state", "home"),
    [
        (
            "NAIROBI - Kenya closed the border after raids. Uganda protested. Kampala's foreign ministry summoned "
            "the envoy, Kenya said. Kenya said the border would stay closed in Kenya.",
            "agency/foreign-ministry-uganda",
            "state/UG",
            "state/KE",
        ),
        (
            "PRETORIA - South Africa closed the border after raids. Lesotho protested. Maseru's Ministry of Home "
            "Affairs summoned the envoy, South Africa said. South Africa said the border would stay closed.",
            "agency/interior-ministry-lesotho",
            "state/LS",
            "state/ZA",
        ),
    ],
)
def test_relations_capital_ministries_belong_to_the_capitals_state(
    nlp: Language, text: str, ministry: str, state: str, home: str
) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    found = {(r.subject, r.predicate, r.object) for r in find_relations(doc, article, find_entities(doc, article))}
    assert (ministry, "partOf", state) in found
    assert not [s for s, p, o in found if p == "partOf" and o == home and "ministry" in s]
