"""A county or province of the story's state whose name GeoNames gives only to towns abroad is the
subdivision ("Norfolk" in a story about Britain is no town in the United States); a town of the
story's own state keeps its reading (invented sentences through the real model)."""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "British coastguards said on Friday that two dinghies had drifted ashore in Norfolk and Cornwall.",
            ("Norfolk", "Cornwall"),
        ),
        ("British police said two dinghies were found on beaches in Cornwall on Sunday.", ("Cornwall",)),
        ("In Britain, flooding closed roads across Surrey on Monday.", ("Surrey",)),
    ],
)
def test_entities_subdivisions_abroad_county_of_the_story_state(
    nlp: Language, text: str, names: tuple[str, ...]
) -> None:
    types = linked_types(nlp, text)
    assert [types.get(n) for n in names] == [{"Region"}] * len(names)


def test_entities_subdivisions_abroad_town_of_the_story_state_stays(nlp: Language) -> None:
    types = linked_types(nlp, "Buses from Córdoba reached Buenos Aires on Monday, Argentine officials said.")
    assert types.get("Córdoba") == {"Settlement"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police in Vestland arrested four men on Sunday, the Norwegian police said.", "Vestland"),
        ("Nigerian troops were deployed in Taraba after clashes between farmers and herders.", "Taraba"),
    ],
)
def test_entities_subdivisions_abroad_another_name_of_a_small_town_abroad(nlp: Language, text: str, name: str) -> None:
    """GeoNames gives the name only as another name of a small town abroad: the subdivision stands."""
    assert linked_types(nlp, text).get(name) == {"Region"}


def test_entities_subdivisions_abroad_another_name_of_a_known_city_stays_the_city(nlp: Language) -> None:
    types = linked_types(nlp, "Buses from Jujuy reached the border on Monday, Argentine officials said.")
    assert types.get("Jujuy") == {"Settlement"}
