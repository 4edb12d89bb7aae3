"""An international body's short name before an office and a state in its "for" complement
("X, WFP Country Director for Y and Z", "the UNICEF Representative for Y, X,") make X an official
of the body, posted to Y: the office is the body's, as with "the agency's Country Director for Y".
The state in the complement was taken for the office's owner.

Invented sentences through the real model (:func:`tests.named_entities.posts_by_holder`), in two
wordings: the office set off after the name, and the office before the name's comma. A state's own
office named by its demonym keeps the state.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.named_entities import posts_by_holder


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Food stocks in the flooded villages will last a month at most, Liesbet Vandamme, WFP Country Director "
            "for Uruguay and Paraguay, told a news conference on Monday.",
            "agency/world-food-programme",
        ),
        (
            "The UNICEF Representative for Uruguay, Liesbet Vandamme, told reporters that two schools near the "
            "river had been turned into shelters.",
            "agency/unicef",
        ),
    ],
)
def test_positions_served_states_are_the_bodys_offices(nlp: Language, text: str, body: str) -> None:
    posts = posts_by_holder(nlp, text)
    assert posts.get("person/liesbet-vandamme") == {body}, posts


def test_positions_served_states_keep_a_states_own_office(nlp: Language) -> None:
    text = "The Uruguayan Ambassador to Paraguay, Teodora Ashworth-Baptiste, said the ferry would run again on Monday."
    posts = posts_by_holder(nlp, text)
    assert posts.get("person/teodora-ashworth-baptiste") == {"state/UY"}, posts
