"""When the model reads "State for Civil Defence" in "Secretary of State for Civil Defence" as a body's
name, the office keeps its own words: no body's name starts with "State for", so the holder is the
Secretary (or Minister) of State for that portfolio, not a secretary of a misread agency.

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
            "The Secretary of State for Local Administration, Duarte Vilanova Pires, opened the new town "
            "hall on Friday.",
            "person/duarte-vilanova-pires",
            "Secretary of State for Local Administration",
        ),
        (
            '"We are ready," said the Minister of State for Public Administration, Duarte Vilanova Pires.',
            "person/duarte-vilanova-pires",
            "Minister of State for Public Administration",
        ),
    ],
)
def test_state_for_is_the_office(nlp: Language, text: str, holder: str, title: str) -> None:
    assert titles_by_holder(nlp, text).get(holder) == title
