"""A region whose level is written before its name, then its province after a comma ("the
department of X, Y region", "the district of X, Y province"), is part of that province."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        (
            "Troops were sent to the department of Zarvan, Kelmor region, in Ivory Coast.",
            "region/zarvan",
            "region/kelmor",
        ),
        (
            "The attack took place in the district of Varuna, Kelmor province, near the border.",
            "region/varuna",
            "region/kelmor",
        ),
    ],
)
def test_relations_level_first_region_is_part_of_the_next(nlp: Language, text: str, part: str, whole: str) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    found = {(r.subject, r.predicate, r.object) for r in find_relations(doc, article, find_entities(doc, article))}
    assert (part, "partOf", whole) in found


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        (
            "Gunmen raided a police station in the municipality of Varnaleda, in the department of Cortés, on "
            "Saturday night.",
            "settlement/varnaleda",
            "region/cortes",
        ),
        (
            "Our correspondent is in Puerto Selvar, in the state of Tabasco, where the river is still rising.",
            "settlement/puerto-selvar",
            "region/tabasco",
        ),
        (
            "The ferry links the town of Mirvasco, in the province of Chiriquí, with the islands offshore.",
            "settlement/mirvasco",
            "region/chiriqui",
        ),
        (
            "The new bridge links the river port with Cascavel, in the Brazilian state of Paraná.",
            "settlement/cascavel",
            "region/parana",
        ),
        (
            "Aid reached Comalcalco in the Mexican state of Tabasco on Monday.",
            "settlement/comalcalco",
            "region/tabasco",
        ),
    ],
)
def test_relations_town_in_a_unit_written_with_its_level(nlp: Language, text: str, part: str, whole: str) -> None:
    """ "X, in the department of Y": the level written out makes X an administrative part of Y, and
    a unit's town also lies in it (:mod:`kg.extract.town_states`)."""
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    found = {(r.subject, r.predicate, r.object) for r in find_relations(doc, article, find_entities(doc, article))}
    assert (part, "partOf", whole) in found
    assert (part, "locatedIn", whole) in found


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        (
            "Most of those who cross here walk north from Kelvane, North Dakota, following the railway line.",
            "settlement/kelvane",
            "region/north-dakota",
        ),
        (
            "The ferry ran aground about 12 kilometres from Morisaki, Tottori Prefecture, late on Sunday.",
            "settlement/morisaki",
            "region/tottori",
        ),
        (
            "The wounded were taken to the hospital in Ravello Nuevo, Táchira state.",
            "settlement/ravello-nuevo",
            "region/tachira",
        ),
    ],
)
def test_relations_town_and_province_of_its_address(nlp: Language, text: str, part: str, whole: str) -> None:
    """ "Kelvane, North Dakota,": a town written with its province is an administrative part of it."""
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    found = {(r.subject, r.predicate, r.object) for r in find_relations(doc, article, find_entities(doc, article))}
    assert (part, "partOf", whole) in found


def test_relations_listed_places_are_no_address(nlp: Language) -> None:
    """ "A, B and C" lists places side by side: no town is part of the province listed after it."""
    text = "Troops were sent to Kelvane, Sonora and Chihuahua on Monday, and to Morisaki, Durango, Zacatecas."
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    found = {(r.subject, r.predicate, r.object) for r in find_relations(doc, article, find_entities(doc, article))}
    assert not any(s.startswith("settlement/") and o.startswith("region/") for s, _, o in found), found
