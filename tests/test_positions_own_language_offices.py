"""A state's own word for its head of government, left untranslated in English news ("the
Taoiseach, X TD,", "Tanaiste X", "X, the Lehendakari,"), is an office that the named person holds,
not a body the name belongs to.

Every name here is invented for the test.
"""

from __future__ import annotations

import pytest
from named_entities import titles_by_holder
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "holder", "title"),
    [
        (
            "The Taoiseach, Ciarnan Mulvey TD, met the Chancellor in Berlin on Friday.",
            "person/ciarnan-mulvey",
            "Taoiseach",
        ),
        (
            "Speaking in Cork, Taoiseach Ciarnan Mulvey said the talks had gone well.",
            "person/ciarnan-mulvey",
            "Taoiseach",
        ),
        (
            '"We are ready," said the Tánaiste, Eimhin Lowery, after the cabinet met.',
            "person/eimhin-lowery",
            "Tánaiste",
        ),
        (
            "The Lehendakari, Iker Zubeldia, opened the new rail link in Vitoria.",
            "person/iker-zubeldia",
            "Lehendakari",
        ),
    ],
)
def test_own_language_office_is_held(nlp: Language, text: str, holder: str, title: str) -> None:
    assert titles_by_holder(nlp, text).get(holder) == title
