"""Offices of councils, legislatures, courts and churches before a name, and titles in the plural.

"Councillor Jane Roe" is Jane Roe, as "Senator Jane Roe" is; "MPs X and Y" opens a list of
people with a plural office that is no part of the first name. Invented sentences through the
real model, two or more wordings each.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article


def _named(nlp: Language, text: str) -> dict[str, str]:
    return {e.name: e.type for e in find_entities(nlp(text), Article(id="t", text=text, source="test"))}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Councillor Brenna Vatt said the bridge would reopen in May.", "Brenna Vatt"),
        ("Rabbi Dan Okafor led the vigil outside the town hall.", "Dan Okafor"),
        ("Sheriff Kasia Lomm said the road was closed.", "Kasia Lomm"),
        ("Magistrate Ivo Darrel said the hearing would resume.", "Ivo Darrel"),
    ],
)
def test_entities_civic_titles_an_office_before_a_name_is_cut(nlp: Language, text: str, person: str) -> None:
    named = _named(nlp, text)
    assert named.get(person) == "Person", named


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("MPs Ivo Darrel and Kasia Lomm voted against the bill.", ("Ivo Darrel", "Kasia Lomm")),
        ("MPs Brenna Vatt and Peter Quill toured the depot on Monday.", ("Brenna Vatt", "Peter Quill")),
    ],
)
def test_entities_civic_titles_a_plural_title_opens_a_list_of_people(
    nlp: Language, text: str, people: tuple[str, str]
) -> None:
    named = _named(nlp, text)
    assert all(named.get(p) == "Person" for p in people), named
    assert not any(n.split()[0] in {"MPs"} for n in named), named
