""" "Deputy" alone right before a name is the office of a member of a chamber of deputies ("Deputy
Jo Roe asked the minister"), not the grade of an office the sentence leaves out; "Deputy Director"
keeps its head.

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
            "Next on the list was Deputy Ilse Brandvold, who wanted to know when the ferry would sail.",
            "person/ilse-brandvold",
            "Deputy",
        ),
        (
            "During question time, Deputy Lucila Ormaetxea Bengoa pressed the interior minister on the closures.",
            "person/lucila-ormaetxea-bengoa",
            "Deputy",
        ),
        ("The Deputy Director, Hallvard Skeie, said the road was closed.", "person/hallvard-skeie", "Deputy Director"),
    ],
)
def test_deputy_alone_is_an_office(nlp: Language, text: str, holder: str, title: str) -> None:
    assert titles_by_holder(nlp, text).get(holder) == title
