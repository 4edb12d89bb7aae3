"""Where an official is going is not the state the official serves.

"Minister X is expected in Y on Monday", "is due in Y", "will visit Y": Y is the visit's
destination, like "landed in Y", so a bare office takes its state from the rest of the text (here
the dateline's capital). A state the official acts in without travelling to it still counts.
Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.named_entities import posts_by_holder

_OPENING = "ACCRA, 5 May - Traders at the Paga crossing say the queues are growing. "


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        ("The Foreign Minister, Ama Halloran, is expected in Burkina Faso on Monday.", "person/ama-halloran"),
        ("Interior Minister Kwabena Oskarin is due in Togo on Thursday for talks.", "person/kwabena-oskarin"),
        ("Interior Minister Kwabena Oskarin will visit Togo on Thursday for talks.", "person/kwabena-oskarin"),
        ("Foreign Minister Ama Halloran visits Burkina Faso next week.", "person/ama-halloran"),
    ],
)
def test_the_destination_of_a_visit_is_the_other_side(nlp: Language, sentence: str, holder: str) -> None:
    assert posts_by_holder(nlp, _OPENING + sentence)[holder] == {"state/GH"}


def test_a_state_the_official_speaks_for_still_counts(nlp: Language) -> None:
    text = (
        "Traders at the Paga crossing say the queues are growing. Togo's Interior Minister Kwabena Oskarin reopened it."
    )
    assert posts_by_holder(nlp, text)["person/kwabena-oskarin"] == {"state/TG"}
