"""A time opening a clause before an office's comma is no name: "On Monday, the Council met".

The apposition rule reads capitalised words before a comma and an office as a person's name
("Jo Roe, the president's press secretary, said"); a weekday after a capitalised preposition has
that shape too.
"""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Tarvik, 17 June 2027. On Tuesday, the State Border Council decided to extend the checks.", "On Tuesday"),
        ("Vellmar, 2 March 2028. On Friday, the Interior Minister's deputy visited the border.", "On Friday"),
    ],
)
def test_entities_apposed_times_make_no_person(nlp: Language, text: str, words: str) -> None:
    assert words not in kg_entity_types(nlp, text)


def test_entities_apposed_times_a_name_before_an_office_stays(nlp: Language) -> None:
    text = "Vellmar, 2 March 2028. Orsina Delacqua, the minister's press secretary, said the post would reopen."
    assert kg_entity_types(nlp, text).get("Orsina Delacqua") == "Person"
