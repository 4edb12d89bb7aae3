"""The style "Hon." (the Honourable) between an office and the name is how the holder is
addressed: "Regional Minister Hon. X" and "Minister Hon Y" hold the office, as "Minister Dr. Z" does.

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
            "Regional Minister Hon. Efia Dartey-Mensah toured the flooded villages on Tuesday.",
            "person/efia-dartey-mensah",
            "Regional Minister",
        ),
        (
            "Ghana sent food to the north. Minister Hon Kwabena Osei-Larbi said more trucks would follow.",
            "person/kwabena-osei-larbi",
            "Minister",
        ),
    ],
)
def test_the_honourable_style_after_an_office(nlp: Language, text: str, holder: str, title: str) -> None:
    assert titles_by_holder(nlp, text).get(holder) == title
