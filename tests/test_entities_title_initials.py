"""An office's initials before a surname, where the text spells the office out elsewhere.

"Cabinet Secretary Jo Roe ... CS Roe said": the initials are the office, and "CS Roe" is the
person named in full before, neither a person "CS Roe" nor a body "PS Roe". Invented sentences
through the real model, two or more wordings.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article
from kg.nlp.title_initials import title_initials


def _people(nlp: Language, text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    found = find_entities(nlp(text), Article(id="t", text=text, source="test"))
    return {e.name: (e.type, tuple(m.text for m in e.mentions)) for e in found}


@pytest.mark.parametrize(
    ("text", "person", "short"),
    [
        (
            "Cabinet Secretary Brenna Vatt opened the clinic on Monday. CS Vatt said it would serve ten villages.",
            "Brenna Vatt",
            "Vatt",
        ),
        (
            "The Principal Secretary for Water, Ivo Darrel, toured the dam. PS Darrel promised repairs by June.",
            "Ivo Darrel",
            "Darrel",
        ),
        (
            "Chief Administrative Secretary Kasia Lomm met farmers. CAS Lomm said the seed had arrived.",
            "Kasia Lomm",
            "Lomm",
        ),
    ],
)
def test_entities_title_initials_are_the_office_of_the_person_named_in_full(
    nlp: Language, text: str, person: str, short: str
) -> None:
    people = _people(nlp, text)
    assert people.get(person, ("", ()))[0] == "Person", people
    assert short in people[person][1], people
    assert not any(name.split()[0].isupper() for name in people), people


def test_entities_title_initials_are_only_those_of_offices_spelled_out(nlp: Language) -> None:
    doc = nlp("Under Secretary Orsolo Quenby and the Deputy Director General met on Friday.")
    initials = title_initials(doc)
    assert {"DG", "DDG"} <= initials, initials
    assert "US" not in initials, initials  # a state's code stays the state's
