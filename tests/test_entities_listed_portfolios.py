"""A ministry named by several portfolios, listed with commas up to "and" ("the Ministry of Trade,
Industry and Tourism"), is one body named by the whole list; a masthead in capitals names its
portfolios in capitals ("MINISTRY OF HEALTH AND SANITATION"). A list without its "and" is
no name's.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Officers of the Ministry of Home Affairs, Water, Lands and Housing will be sent north.",
            "Ministry of Home Affairs, Water, Lands and Housing",
        ),
        (
            "A spokesman for the Ministry of Trade, Industry and Tourism said the rules would change.",
            "Ministry of Trade, Industry and Tourism",
        ),
        (
            "Inspectors from the Ministry of Agriculture, Fisheries, and Forestry of Peru visited the port.",
            "Ministry of Agriculture, Fisheries, and Forestry",
        ),
        ("MINISTRY OF HEALTH AND SANITATION, CHILE\n\nPress release", "MINISTRY OF HEALTH AND SANITATION"),
        (
            "MINISTRY OF THE INTERIOR AND RAIL TRANSPORT\n\nStatement on the strike",
            "MINISTRY OF THE INTERIOR AND RAIL TRANSPORT",
        ),
    ],
)
def test_entities_listed_portfolios_name_one_ministry(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Agency"}


def test_entities_portfolio_list_without_and_is_no_name(nlp: Language) -> None:
    text = "Officials of the Ministry of Health, Peru, said the clinic would open."
    assert "Ministry of Health" in linked_types(nlp, text)
