"""A spokesperson's rank between the office and the name is no part of the office: "Navy
spokesperson Captain X", "Police spokesperson Deputy Commander Y" hold the office of spokesperson,
as "Army spokesman Colonel Z" already did. An office whose second word is a rank by itself
("Secretary General") is left whole.

Every name here is invented for the test.
"""

from __future__ import annotations

import pytest
from named_entities import titles_by_holder
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Navy spokesperson Captain Ilse Korvan told reporters the road would stay closed.", "person/ilse-korvan"),
        ("Police spokesperson Deputy Commander Tomas Varga said the road would stay closed.", "person/tomas-varga"),
        ("Fleet spokeswoman Vice Admiral Ilse Korvan said the port was shut.", "person/ilse-korvan"),
    ],
)
def test_rank_after_a_spokesperson_is_no_part_of_the_office(nlp: Language, text: str, holder: str) -> None:
    assert titles_by_holder(nlp, text)[holder].lower() in ("spokesperson", "spokeswoman")


def test_office_whose_second_word_is_a_rank_stays_whole(nlp: Language) -> None:
    titles = titles_by_holder(nlp, "Secretary General Tomas Varga said the road would stay closed.")
    assert titles["person/tomas-varga"] == "Secretary General"
