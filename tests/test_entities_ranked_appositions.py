"""A ranked name set off after an office: "the Chief of the Armed Forces, Lieutenant General X,".

The NER reads the body, the comma and the rank (and sometimes the name) as one body, and the
holder was lost or a "person" was made of the body's last word and the rank. A rank after an
office's comma can only open a personal name: the body ends at the comma, the name is a person.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name", "body"),
    [
        (
            "The Chief of the Armed Forces, Lieutenant General Ruven Castellar, told reporters the troops had moved.",
            "Ruven Castellar",
            "Armed Forces",
        ),
        (
            '"We are ready," said the Commander of the Ground Forces, Lieutenant General Rauno Keskivaara.',
            "Rauno Keskivaara",
            "Ground Forces",
        ),
    ],
)
def test_entities_ranked_apposition_is_a_person_after_the_body(nlp: Language, text: str, name: str, body: str) -> None:
    types = linked_types(nlp, text)
    assert types.get(name) == {"Person"}
    assert body in types
    assert not any("," in surface for surface in types)


def test_entities_ranked_apposition_makes_no_person_of_the_rank(nlp: Language) -> None:
    text = "The Commander of the Defence Forces, Lieutenant General Juho Marttila, will attend the ceremony."
    types = linked_types(nlp, text)
    assert types.get("Juho Marttila") == {"Person"}
    assert not any("Lieutenant" in surface for surface in types)
