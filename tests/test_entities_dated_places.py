"""A release's dateline names its town however the model reads the name (`kg/nlp/cues.py`): a town
with a particle inside ("Puerto Lindo del Mar, 3 May"), a town followed by where it lies and a
dash before the date ("X, Kingdom of Y - 15 April", "X, Island - 22 February"), even where the
model took the town for a person. A place after an office's comma whose last word is "City" is
no person (`kg/nlp/appositions.py`). Every town and person is invented.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language

_BODY = "\n\nThe ministers met for two hours and agreed to meet again in June, officials said."


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("JOINT STATEMENT ON TRADE\n\nPuerto Lindo del Mar, 3 September 2026" + _BODY, "Puerto Lindo del Mar"),
        ("Summit record\nPort Halvard, Kingdom of Norway - 9 March 2027" + _BODY, "Port Halvard"),
        ("Press Release No. 4\nVelmora, Ostrel Island - 22 February 2027" + _BODY, "Velmora"),
        ("Communique\n\nSan Ribera, Republic of Peru - Monday, 4 May 2026" + _BODY, "San Ribera"),
    ],
)
def test_entities_dated_dateline_names_its_town(nlp: Language, text: str, town: str) -> None:
    assert linked_types(nlp, text).get(town) == {"Settlement"}, linked_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Jo Roe - Chile's foreign minister - said on Friday the border would stay open.",
        "Ana Lind, Deputy Director - the agency said on Monday that it would hire staff.",
    ],
)
def test_entities_name_before_a_dash_without_a_date_stays_a_person(nlp: Language, text: str) -> None:
    types = linked_types(nlp, text)
    name = text.split(" -")[0].split(",")[0]
    assert "Settlement" not in types.get(name, set()), types


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "FLOOD UPDATE\nHeadquarters of the Northern Command, Dunmere City\n9 October 2026\n\n"
            "The general said water in Dunmere City rose by a metre overnight.",
            "Dunmere City",
        ),
        (
            "Office of the Chief of Staff, Marisol Bay City\n2 June 2027\n\n"
            "The chief said roads in Marisol Bay City were open again.",
            "Marisol Bay City",
        ),
    ],
)
def test_entities_city_after_an_office_comma_is_no_person(nlp: Language, text: str, town: str) -> None:
    assert "Person" not in linked_types(nlp, text).get(town, set()), linked_types(nlp, text)
