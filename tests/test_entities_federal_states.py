"""A federation's state written with its level word in lower case: "the governor of X state".

Such states (of Venezuela, Mexico, Nigeria, Brazil, ...) are regions; the NER reads their names as
towns or bodies, or misses them. A lower-case "state" after a people's or a country's adjective
("the Kurdish state", "the Lebanese state") is a polity, and no region is made of it.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The governor of Tolvera state said the roads to the coast were closed.", "Tolvera state"),
        ("Troops were sent on Monday to the mountains of Ostrana state, near the border.", "Ostrana state"),
    ],
)
def test_entities_a_named_state_in_lower_case_is_a_region(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Region"}


def test_entities_a_peoples_state_is_no_region(nlp: Language) -> None:
    text = "Speakers said the Kurdish state was a dream and the Lebanese state was weak."
    types = linked_types(nlp, text)
    assert "Region" not in {t for kinds in types.values() for t in kinds}
