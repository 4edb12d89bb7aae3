"""A minister "of" the armed forces or the police sits in the government, not in the forces.

Invented sentences through the real model: "the Minister for the Armed Forces, General X" made X
an office in the armed forces' agency; the title's complement names the minister's portfolio,
and the office is in the forces' state. A commander of the forces keeps the forces as his body.
"""

from __future__ import annotations

import pytest
from named_entities import posts_by_holder
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "holder", "state"),
    [
        (
            "A joint patrol will set out from the south of Madagascar under the orders of the Minister for the "
            "Armed Forces, General Ravo Tsiandopy.",
            "person/ravo-tsiandopy",
            "state/MG",
        ),
        (
            "Troops in Kayes, Mali, were inspected on Friday by the Minister for the Armed Forces, Colonel "
            "Mamadou Kanoute.",
            "person/mamadou-kanoute",
            "state/ML",
        ),
    ],
)
def test_minister_of_the_forces_is_the_states(nlp: Language, text: str, holder: str, state: str) -> None:
    assert posts_by_holder(nlp, text).get(holder) == {state}


def test_commander_of_the_forces_keeps_the_forces(nlp: Language) -> None:
    text = "The Commander of the Armed Forces of Mali, General Mamadi Kelentigui, visited troops in Kayes."
    posts = posts_by_holder(nlp, text).get("person/mamadi-kelentigui", set())
    assert posts and all(p is not None and p.startswith("agency/") for p in posts)
