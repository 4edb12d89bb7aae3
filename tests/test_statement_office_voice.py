"""A statement headed by an office alone ("STATEMENT BY THE GOVERNOR OF THE X REGION") is the words
of the person the body names as that office's holder ("I, Jo Roe, Governor of the X Region,
hereby ..."). The capitalised office's place ("X REGION") is no person's name.

Every name here is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.voiced import find_voice
from kg.model import Article

PUBLISHED = date(2026, 3, 2)

BODY = (
    "I, Tomas Varga, Governor of the Kessel Highlands Region, hereby inform residents of the region of these"
    " decisions.\n\n1. A curfew holds between 8 p.m. and 6 a.m. across the district of Orlask from Tuesday.\n\n"
    '"Nobody should sleep in fear," the Governor said on regional radio.'
)


@pytest.mark.parametrize(
    "head",
    [
        "STATEMENT BY THE GOVERNOR OF THE KESSEL HIGHLANDS REGION",
        "Radio statement by the Governor of the Kessel Highlands Region",
    ],
)
def test_statement_by_an_office_is_its_named_holders(nlp: Language, head: str) -> None:
    text = f"{head}\n\nKessel, 2 March 2026\n\n{BODY}"
    article = Article("t", text, "test", published=PUBLISHED)
    doc = nlp(text)
    voice = find_voice(doc, article, find_entities(doc, article))
    assert voice is not None
    assert voice.speaker.key == "person/tomas-varga"


@pytest.mark.parametrize(
    ("head", "body"),
    [
        (
            "Statement by the Military Governor of the Kessel Highlands Region on the curfew in Orlask",
            "I, Major General Anselm Kovra, Military Governor of the Kessel Highlands Region, inform the population"
            " of the following measures.\n\nFirst, a curfew is imposed from 9 p.m. to 5 a.m. in Orlask until"
            " further notice.\n\nAnselm Kovra\nMilitary Governor of the Kessel Highlands Region",
        ),
        (
            "STATEMENT BY THE POLICE COMMISSIONER OF ORLASK DISTRICT ON ROAD CLOSURES",
            "I, Nadia Felk, Police Commissioner of Orlask District, order the closure of the river road from"
            " Monday.\n\nWe ask drivers to use the northern bypass.",
        ),
    ],
)
def test_an_office_led_by_a_bodys_word_is_still_a_persons(nlp: Language, head: str, body: str) -> None:
    """ "Military Governor", "Police Commissioner": an office, though "military" and "police" name bodies."""
    text = f"{head}\n\nOrlask, 2 March 2026\n\n{body}"
    article = Article("t", text, "test", published=PUBLISHED)
    doc = nlp(text)
    voice = find_voice(doc, article, find_entities(doc, article))
    assert voice is not None
    assert voice.speaker.type == "Person"
    assert voice.speaker.name in ("Anselm Kovra", "Nadia Felk")
