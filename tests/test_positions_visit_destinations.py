"""Where an official is going is not the state the official serves.

"Minister X is due in Y on Friday", "is expected in Y", "will visit Y": Y is the visit's
destination, like "landed in Y", so a bare office takes its state from the rest of the text (here
the dateline's capital). A state the official acts in without travelling to it still counts.
Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.named_entities import posts_by_holder

_OPENING = "NAIROBI, 5 May - Tea exporters say the new tariffs are hurting sales. "


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        ("Trade Minister Ama Halloran is expected in Uganda later this week to discuss them.", "person/ama-halloran"),
        ("The Defence Minister, Kwabena Oskarin, is due in Tanzania on Friday.", "person/kwabena-oskarin"),
        ("Defence Minister Kwabena Oskarin will visit Tanzania after the summit.", "person/kwabena-oskarin"),
        ("Trade Minister Ama Halloran visits Uganda next week.", "person/ama-halloran"),
    ],
)
def test_the_destination_of_a_visit_is_the_other_side(nlp: Language, sentence: str, holder: str) -> None:
    assert posts_by_holder(nlp, _OPENING + sentence)[holder] == {"state/KE"}


def test_a_state_the_official_speaks_for_still_counts(nlp: Language) -> None:
    text = (
        "Tea exporters say the new tariffs are hurting sales. "
        "Uganda's Trade Minister Ama Halloran defended them on Monday."
    )
    assert posts_by_holder(nlp, text)["person/ama-halloran"] == {"state/UG"}
