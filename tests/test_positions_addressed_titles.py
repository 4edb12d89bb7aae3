"""A form of address between a title and the name ends the title there: "Chief Engineer Dr. X" holds
the office of Chief Engineer, not "Chief", and "Chief Architect Mr. Y" that of Chief Architect.
"Minister Dr. Z" is still the office and Z.

Every name here is invented for the test.
"""

from __future__ import annotations

import pytest
from named_entities import titles_by_holder
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "holder", "title"),
    [
        ("Chief Engineer Dr. Halvard Brun said the dam was safe.", "person/halvard-brun", "Chief Engineer"),
        (
            "The harbour reopened on Monday. Chief Architect Mr. Ossian Vatne said the quay was sound.",
            "person/ossian-vatne",
            "Chief Architect",
        ),
        ("Minister Dr. Arvid Sollien spoke to reporters on Monday.", "person/arvid-sollien", "Minister"),
    ],
)
def test_form_of_address_ends_the_title(nlp: Language, text: str, holder: str, title: str) -> None:
    assert titles_by_holder(nlp, text).get(holder) == title
