"""A ranked name whose surname opens with a particle ("al-Roe", "ben-Roe"), set off after a body.

"the commander of the Air Force, Lieutenant General Jo al-Roe": the small model may read "the Air
Force, Lieutenant General" as one organisation; the apposition reading cuts the body at the comma
only when it reads the name after the rank, and a particle before a hyphen ended that name. The
body got named after a rank and the person took the rank for an office. Invented names, real
model.
"""

from __future__ import annotations

import pytest
from named_entities import found_entities, posts_by_holder
from spacy.language import Language

TEXTS = [
    "The Spokesman for the Commander-in-Chief of the Armed Forces, Lieutenant General Samir al-Hadwan, said "
    "the drills would end on Friday.",
    "Questions went to the Chief of Staff of the Armed Forces, Lieutenant General Samir al-Hadwan, who declined to "
    "comment.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_entities_no_body_is_named_after_a_rank(nlp: Language, text: str) -> None:
    found = found_entities(nlp, text)
    assert not [name for name, _ in found if "Lieutenant" in name and name != "Samir al-Hadwan"], found
    assert ("Samir al-Hadwan", "Person") in found


@pytest.mark.parametrize("text", TEXTS)
def test_entities_the_holder_of_the_office_keeps_the_body(nlp: Language, text: str) -> None:
    assert posts_by_holder(nlp, text) == {"person/samir-al-hadwan": {"agency/armed-forces"}}
