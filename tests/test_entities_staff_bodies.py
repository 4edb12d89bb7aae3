"""The staff that commands a state's forces ("the General Staff", "the Defence Staff", "the Joint
Chiefs of Staff") is that state's agency, named by its state or by the state the text is about.

The model tags the longer names as a firm and misses the shorter ones, and "General" reads as a
title. Lower case ("defence staff were told") is a ministry's employees, no body. Invented
sentences through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article


def _keys(nlp: Language, text: str) -> set[str]:
    return {e.key for e in extract(nlp(text), Article(id="t", text=text, source="test")).entities}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Poland shut two crossings on Monday. The General Staff said troops had moved north.", "general-staff-poland"),
        (
            "Three rockets fell on the Norwegian island of Varnoy, the Joint Chiefs of Staff said.",
            "joint-chiefs-of-staff-norway",
        ),
        ("The Defence Staff said the Portuguese navy had tracked the trawler for a day.", "defence-staff-portugal"),
        ("Tunisia's General Staff said troops were moving south.", "general-staff-tunisia"),
    ],
)
def test_entities_staff_bodies_are_the_states_agency(nlp: Language, text: str, key: str) -> None:
    assert f"agency/{key}" in _keys(nlp, text)


def test_entities_staff_bodies_lower_case_is_no_body(nlp: Language) -> None:
    keys = _keys(nlp, "Defence staff were told to work from home, the Danish ministry said.")
    assert not [k for k in keys if "staff" in k]


def test_entities_staff_bodies_in_an_office_are_its_words(nlp: Language) -> None:
    """ "Chief of the General Staff" is an office, which a position reads: no body of its own."""
    keys = _keys(
        nlp, "The Chief of the General Staff of the Army of Norway, General Ola Brekk, said troops moved north."
    )
    assert not [k for k in keys if "staff" in k]
