"""A town the text places in a state is both part of it and located in it: news wording never says
which of the two it means, and readers ask for either ("the Estonian town of X", "X, a city in
Y", "X, on the Y side"). A province keeps partOf alone. A town the wording makes part of a
province or department ("X, Y region", "X, in the department of Y") also lies in it; a town only
"in" a region is not thereby part of it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relation_spans import Found
from kg.extract.relations import find_relations
from kg.extract.town_states import place_towns_both_ways
from kg.model import Article


def _placements(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    entities = find_entities(doc, article)
    return {
        (r.subject, r.predicate, r.object)
        for r in find_relations(doc, article, entities)
        if r.predicate in {"partOf", "locatedIn"}
    }


@pytest.mark.parametrize(
    ("text", "town", "state"),
    [
        ("Lorries queued for hours outside the Estonian town of Tartu on Thursday.", "settlement/tartu", "state/EE"),
        ("Tarija, a city in southern Bolivia, ran short of fuel after the strike.", "settlement/tarija", "state/BO"),
    ],
)
def test_relations_town_states_placed_both_ways(nlp: Language, text: str, town: str, state: str) -> None:
    found = _placements(nlp, text)
    assert {(town, "partOf", state), (town, "locatedIn", state)} <= found


def test_relations_town_states_keep_one_evidence_and_leave_regions_alone() -> None:
    found: Found = {
        ("settlement/kelo", "locatedIn", "state/EE"): [],
        ("region/varn", "partOf", "state/EE"): [],
        ("settlement/kelo", "partOf", "region/varn"): [],
        ("settlement/arvo", "locatedIn", "region/varn"): [],
    }
    place_towns_both_ways(found)
    assert ("settlement/kelo", "partOf", "state/EE") in found
    assert ("region/varn", "locatedIn", "state/EE") not in found
    assert ("settlement/kelo", "locatedIn", "region/varn") in found  # a unit's town lies in it
    assert ("settlement/arvo", "partOf", "region/varn") not in found  # "in the Y region" names no unit


@pytest.mark.parametrize(
    ("text", "town", "region"),
    [
        (
            "Police reopened the road to the town of Quellavilla, Cusco region, on Tuesday, Peru's interior "
            "ministry said.",
            "settlement/quellavilla",
            "region/cusco",
        ),
        (
            "Floodwater reached the village of Santa Orlinda, in the department of Chuquisaca, Bolivia, overnight.",
            "settlement/santa-orlinda",
            "region/chuquisaca",
        ),
    ],
)
def test_relations_town_states_a_town_of_a_unit_lies_in_it(nlp: Language, text: str, town: str, region: str) -> None:
    found = _placements(nlp, text)
    assert {(town, "partOf", region), (town, "locatedIn", region)} <= found
