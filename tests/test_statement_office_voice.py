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
    "I, Tomas Varga, Governor of the Kessel Highlands Region, hereby inform the population of the following"
    " measures.\n\n1. A curfew is imposed from 8 p.m. to 6 a.m. in the district of Orlask from Tuesday.\n\n"
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
