"""A body named "General ... Administration": the title word it opens with is part of its name.

"General" is a rank, and a rank before a name is cut off as a title; but a name whose head is
"Administration" names a service, so the rank word stays and no person is made of the rest
("General" + a person "Revenue Administration").
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Customs officers of the Uruguayan General Revenue Administration seized the cargo on Tuesday.",
            "General Revenue Administration",
        ),
        (
            "Inspectors from the Moldovan General Customs Administration checked the lorries at the crossing.",
            "General Customs Administration",
        ),
    ],
)
def test_entities_administration_keeps_its_title_word(nlp: Language, text: str, body: str) -> None:
    types = linked_types(nlp, text)
    assert types.get(body) == {"Agency"}
    assert "Person" not in {t for kinds in types.values() for t in kinds}


def test_entities_administration_of_a_portfolio_is_no_body(nlp: Language) -> None:
    """ "Minister of the Interior and Administration, X,": the portfolio's last word opens no body name."""
    text = "The Minister of the Interior and Administration, Tobiasz Wrenk, visited the border on Monday."
    types = linked_types(nlp, text)
    assert types.get("Tobiasz Wrenk") == {"Person"}
