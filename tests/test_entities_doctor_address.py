""" "Doctor" spelled out before a name is a form of address, as "Dr" is: "the Minister of Justice,
Doctor Tomas Orvel Lind, has authorized ...", "we spoke to Doctor Ilse Varga". Kept in the name,
it made a second person who held no office. "The doctor said" names nobody.

Every name here is invented for the test; the class is shown in two or more wordings, with a near
miss that must stay silent.
"""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Minister of Justice, Doctor Tomas Orvel Lind, has authorized the deployment.", "Tomas Orvel Lind"),
        ("We spoke to Doctor Ilse Varga at the hospital in the capital.", "Ilse Varga"),
    ],
)
def test_doctor_before_a_name_is_no_part_of_it(nlp: Language, text: str, name: str) -> None:
    assert kg_entity_types(nlp, text).get(name) == "Person"


def test_the_doctor_alone_names_nobody(nlp: Language) -> None:
    assert kg_entity_types(nlp, "The doctor said the wounded were stable.") == {}
