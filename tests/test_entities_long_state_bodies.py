"""A body "of" a state whose name runs to five or six tokens ("the Armed Forces of the Federal
Democratic Republic of Ethiopia", "the Army of the Democratic Republic of Timor-Leste")
is that state's body as with a short name, and a short form in brackets after the whole ("(FAVR)")
is the same body. Names of four tokens or fewer were read already.

Every short form and story here is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import kg_entity_types
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Army of the Democratic Republic of Timor-Leste said on Sunday that troops were sent.",
            "Army",
        ),
        (
            "The Armed Forces of the Federal Democratic Republic of Ethiopia reported 400 crossings on Monday.",
            "Armed Forces",
        ),
    ],
)
def test_body_of_a_long_state_name_is_an_agency(nlp: Language, text: str, body: str) -> None:
    assert kg_entity_types(nlp, text).get(body) == "Agency"


@pytest.mark.parametrize(
    ("text", "short"),
    [
        (
            "The Armed Forces of the Federal Democratic Republic of Ethiopia (FAVR) closed two crossings on Tuesday. "
            "FAVR engineers said the roads were mined.",
            "FAVR",
        ),
        (
            "The Federal Police of the Federal Democratic Republic of Ethiopia (PLBX) counted 400 crossings on Monday. "
            "PLBX officers turned back twelve people.",
            "PLBX",
        ),
    ],
)
def test_bracketed_short_form_after_a_long_state_name_is_the_body(nlp: Language, text: str, short: str) -> None:
    article = Article(id="t", text=text, source="test", published=date(2026, 8, 11))
    owners = [e for e in find_entities(nlp(text), article) if short in (e.name, *e.aliases)]
    assert len(owners) == 1 and owners[0].type == "Agency"
