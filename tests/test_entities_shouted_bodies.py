"""A body's name in a header written in capitals keeps its national modifier: "NATIONAL POLICE OF
X - SOUTHERN DISTRICT", "FEDERAL POLICE OF Y" are the National Police and the Federal Police, as
their title-case forms are. Read as "POLICE" alone, the header gave a second, generic police body
beside the one the text goes on to name.

Every header here is invented for the test; the class is shown in two or more wordings, with a
near miss that must stay silent.
"""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("NATIONAL POLICE OF MALTA - SOUTHERN DISTRICT\n\nPress briefing by the district commander", "NATIONAL POLICE"),
        ("FEDERAL POLICE OF LUXEMBOURG\n\nWeekly report of the service", "FEDERAL POLICE"),
    ],
)
def test_a_shouted_national_modifier_stays_with_the_body(nlp: Language, text: str, body: str) -> None:
    assert kg_entity_types(nlp, text).get(body) == "Agency"


def test_a_shouted_national_word_before_no_body_names_none(nlp: Language) -> None:
    assert kg_entity_types(nlp, "NATIONAL DAY PARADE\n\nThe minister said the roads were open.") == {}
