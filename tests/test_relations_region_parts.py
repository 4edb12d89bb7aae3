"""A region named "in" a region or state is an administrative part of it (``kg:partOf``, as the
contract reads it), not only a place that lies there: "the province of X in the Y region"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


def _relations(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    return {(r.subject, r.predicate, r.object) for r in find_relations(doc, article, find_entities(doc, article))}


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        (
            "Heavy rain closed roads in the province of Cutervo in the Cajamarca region on Monday, "
            "Peru's civil defence said.",
            "region/cutervo",
            "region/cajamarca",
        ),
        (
            "Shelling damaged homes in the Kovel district in the Volyn region, Ukraine's emergency service said.",
            "region/kovel",
            "region/volyn",
        ),
    ],
)
def test_relations_a_region_in_a_region_is_part_of_it(nlp: Language, text: str, part: str, whole: str) -> None:
    found = _relations(nlp, text)
    assert (part, "partOf", whole) in found
    assert (part, "locatedIn", whole) not in found


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        (
            "Landslides killed nine people in Kaski district, Gandaki province, on Monday, Nepal's home ministry said.",
            "region/kaski",
            "region/gandaki",
        ),
        (
            "A drone hit a school in Kovel district, Volyn region, overnight, Ukraine's emergency service said.",
            "region/kovel",
            "region/volyn",
        ),
    ],
)
def test_relations_a_district_comma_its_province(nlp: Language, text: str, part: str, whole: str) -> None:
    """ "X district, Y province", as humanitarian reports write a place: X is part of Y."""
    assert (part, "partOf", whole) in _relations(nlp, text)
