"""A transcript turn labelled by office and name in capitals names the whole person: "MINISTER
JO ANSEL KEROVA: We deported ...", "COMMISSIONER GENERAL TAVO RENSIK ALMARO, DIRECTOR OF THE
NORDAVIAN POLICE: ...", "DEPUTY DIRECTOR FOR BORDERS, SUBCOMMISSIONER ELA MAVI TORSK: ...". The
model reads all-caps names short or not at all (a given name that is also a common word stops it),
so the turn's speaker became a stub that matched no one. Office words after the office
("MINISTER DELEGATE") belong to the office; a piece of the label that goes on with other words
("DIRECTOR OF THE ...") names nobody.

Every name here is invented for the test; each class is shown in two or more wordings, with near
misses that must name nobody.
"""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("MINISTER IBRAHIM TOLVAN ADAM: Between January and March we deported 2,100 workers.", "IBRAHIM TOLVAN ADAM"),
        (
            "COMMISSIONER GENERAL TAVO RENSIK ALMARO, DIRECTOR GENERAL OF THE NORDAVIAN POLICE: Good morning.",
            "TAVO RENSIK ALMARO",
        ),
        (
            "DEPUTY DIRECTOR FOR BORDERS, SUBCOMMISSIONER ANA MAVI TORSK: Traffic has not been interrupted.",
            "ANA MAVI TORSK",
        ),
        ("MINISTER DELEGATE KARIN VOLSK-MEDRANO: Good afternoon to all of you.", "KARIN VOLSK-MEDRANO"),
    ],
)
def test_the_name_after_the_office_in_a_turn_label_is_the_person(nlp: Language, text: str, name: str) -> None:
    assert kg_entity_types(nlp, text).get(name) == "Person"


@pytest.mark.parametrize(
    "text",
    [
        "PRIME MINISTER: We closed the crossing on Monday.",
        "MINISTER OF STATE FOR HOME AFFAIRS: Good morning to all.",
    ],
)
def test_a_label_of_office_words_alone_names_nobody(nlp: Language, text: str) -> None:
    assert "Person" not in kg_entity_types(nlp, text).values()
