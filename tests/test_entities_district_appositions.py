"""A name written before a comma and a region named with its level word ("Kambelo, Tarka District",
a caption's "[SUPER: Ramaso, Vesk Province]") is a town of that region, whatever the NER read
(`kg/nlp/locative.py`). Every town, region and person is invented.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language

_STORY = (
    "\n\nTraders have waited at the market for three days. Officials said the road would reopen on Friday, "
    "and the district office sent water to the drivers waiting there."
)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("The reporter spoke from Ramaso, Vesk Province, where the road was cut." + _STORY, "Ramaso"),
        ("[VO - trucks on the road]\n[SUPER: Kambelo, Tarka District]" + _STORY + " Kambelo is quiet.", "Kambelo"),
        ("Our correspondent reports from Lomara, Tarka District, on the queues." + _STORY, "Lomara"),
    ],
)
def test_entities_name_before_a_leveled_region_is_a_town(nlp: Language, text: str, town: str) -> None:
    types = linked_types(nlp, text)
    assert types.get(town) == {"Settlement"}, types


@pytest.mark.parametrize(
    "text",
    [
        "Jo Roe, Tarka District Commissioner, said the road would reopen." + _STORY,
        "The councils of Vesk and Tarka met on Friday, officials said." + _STORY,
    ],
)
def test_entities_person_or_list_before_a_region_is_left_alone(nlp: Language, text: str) -> None:
    types = linked_types(nlp, text)
    assert "Settlement" not in types.get("Jo Roe", set()), types
