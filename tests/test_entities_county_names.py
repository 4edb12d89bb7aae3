"""A county written with its level word first ("County Rathmoy", Irish and some British usage) is
a region, whether the NER tagged it as a body, a town, nothing, or ran it into the next name; its
bare name later ("the Rathmoy side") is the same county.

Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from named_entities import found_entities
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "county"),
    [
        ("Flooding closed three roads in parts of County Dunlevin overnight.", "County Dunlevin"),
        ("Officers in County Ballykeel and police across the border set up joint checkpoints.", "County Ballykeel"),
        ("The old bridge between Ardkeel in County Rathmoy and Kilbrack is to close for repairs.", "County Rathmoy"),
    ],
)
def test_entities_county_names_are_regions(nlp: Language, text: str, county: str) -> None:
    assert (county, "Region") in found_entities(nlp, text)


def test_entities_county_names_bare_form_is_the_same_county(nlp: Language) -> None:
    text = "Extra patrols from County Rathmoy will watch the Rathmoy end of the bridge all week."
    found = found_entities(nlp, text)
    assert found.count(("County Rathmoy", "Region")) == 1
    assert not any(name == "Rathmoy" for name, _ in found)


def test_entities_county_names_leave_councils_alone(nlp: Language) -> None:
    found = found_entities(nlp, "The County Ballykeel Council met on Monday and said the road was safe.")
    assert ("County Ballykeel", "Region") not in found
