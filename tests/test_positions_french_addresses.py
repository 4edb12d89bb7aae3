"""French forms of address kept in English reports ("Mme Jo Roe", "Mlle Jo Roe") are no part of
the holder's name: the office goes to the same person as the bare name.

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
            '"The bridge is open," said the Mayor of Oudenvelt, Mme Corisande Blavette.',
            "person/corisande-blavette",
            "Mayor of Oudenvelt",
        ),
        (
            "Mme Corisande Blavette, the town's mayor, opened the market on Sunday.",
            "person/corisande-blavette",
            "Mayor",
        ),
        (
            "Mlle Ondine Percheron, a spokeswoman for the prefecture, said the border post would reopen.",
            "person/ondine-percheron",
            "Spokeswoman for the Prefecture",
        ),
    ],
)
def test_french_address_is_not_the_name(nlp: Language, text: str, holder: str, title: str) -> None:
    assert titles_by_holder(nlp, text).get(holder) == title
