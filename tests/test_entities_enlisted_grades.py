"""A grade below the officers' before a name is cut from it, as an officer's rank is (invented sentences).

"Rifleman Jo Roe", "Havildar Jo Roe": the NER runs the grade into the name or reads the whole
as a body; the person is the name after the grade.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sepoy Amir Dorvash and two others were killed when the patrol was ambushed.", "Amir Dorvash"),
        ("Havildar Kelim Brannock died of his wounds on Sunday.", "Kelim Brannock"),
        ("Two soldiers, Trooper Ansel Kelthorn and Gunner Tobiah Varnam, were injured.", "Ansel Kelthorn"),
        ("Two soldiers, Trooper Ansel Kelthorn and Gunner Tobiah Varnam, were injured.", "Tobiah Varnam"),
    ],
)
def test_entities_enlisted_grades_are_cut_from_the_name(nlp: Language, text: str, name: str) -> None:
    types = linked_types(nlp, text)
    assert types.get(name) == {"Person"}, types
    assert not any(other.endswith(name) and other != name for other in types), types
