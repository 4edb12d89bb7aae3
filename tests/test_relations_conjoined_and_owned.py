"""A state "a member of X and (of) the Y" is a member of both organizations, and a town "in A's B
region" lies in the region, which the possessive says is part of A. Every sentence is invented."""

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
    "text",
    [
        "Estonia, a member of NATO and the European Union, shares a long border with Russia.",
        "Estonia, which is a member of NATO and of the European Union, closed two crossings.",
    ],
)
def test_relations_conjoined_organizations_each_a_membership(nlp: Language, text: str) -> None:
    found = _found(nlp, text)
    assert ("state/EE", "memberOf", "organization/nato") in found
    assert ("state/EE", "memberOf", "organization/european-union") in found


@pytest.mark.parametrize(
    "text",
    [
        "The town of Vovchansk in Ukraine's Kharkiv region was shelled overnight.",
        "Shelling hit Vovchansk, in Ukraine's Kharkiv region, on Sunday.",
    ],
)
def test_relations_owned_region_holds_the_town(nlp: Language, text: str) -> None:
    found = _found(nlp, text)
    town = next(s for s, p, o in found if s.startswith("settlement/") and p == "locatedIn")
    assert (town, "locatedIn", "region/kharkiv") in found
    assert ("region/kharkiv", "partOf", "state/UA") in found
