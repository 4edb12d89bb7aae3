"""A grade between an office set off by commas and the name is no second office.

"the District Commander, Senior Superintendent X": police and civil-service grades read like
offices, but the office is the one before the comma; the grade is how its holder is addressed.
Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Media update from the Regional Commander, Senior Commissioner Amaro Quelinde\n\n", "Regional Commander"),
        (
            "The District Commander, Senior Commissioner Amaro Quelinde, said the roads were open.",
            "District Commander",
        ),
        (
            "The head of the harbour unit, Commissioner Amaro Quelinde, said the bridge was closed.",
            "Head of the Harbour Unit",
        ),
    ],
)
def test_positions_grade_after_a_comma_office_is_no_office(nlp: Language, text: str, title: str) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    got = {(p.holder, p.title) for p in find_positions(doc, article, find_entities(doc, article))}
    assert got == {("person/amaro-quelinde", title)}


def test_positions_office_before_the_name_without_a_comma_office_stays(nlp: Language) -> None:
    text = "Chief Commissioner Amaro Quelinde said the roads were open."
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    got = {(p.holder, p.title) for p in find_positions(doc, article, find_entities(doc, article))}
    assert got == {("person/amaro-quelinde", "Chief Commissioner")}


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Lieutenant-General Tomas Varenko, Military Governor of the Province of Kelvania, imposed a curfew.",
            "person/tomas-varenko",
        ),
        (
            "Major-General Osric Dalby, Commander of the Northern Zone, said the patrols would go on.",
            "person/osric-dalby",
        ),
    ],
)
def test_positions_hyphenated_rank_beside_an_office_is_no_office(nlp: Language, text: str, holder: str) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    got = {(p.holder, p.title) for p in find_positions(doc, article, find_entities(doc, article))}
    assert len(got) == 1 and "General" not in next(iter(got))[1], got
