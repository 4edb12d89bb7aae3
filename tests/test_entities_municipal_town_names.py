"""A town's council names itself "the City of X" or "the Town of X": the same settlement as "X",
one node under the town's own name, not a second settlement "City of X".

Every sentence here is invented for the test (the towns are real, so that the gazetteer knows them).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import link_mentions


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "The City of Oulu will close two bridges for repairs in April, the council said on Monday.\n\n"
            "Traffic in the centre of Oulu is expected to slow during the works, which will last until June.",
            "Oulu",
        ),
        (
            "A statement from the Town of Kuopio said the ferry would not run this weekend. "
            "Ferry passengers leaving Kuopio were told to take the coach instead.",
            "Kuopio",
        ),
        (
            "Lahti, 3 March\n\n"
            "The City of Lahti has cut the price of bus tickets for pensioners by a fifth, starting in May.",
            "Lahti",
        ),
    ],
)
def test_municipal_town_names_are_the_town(nlp: Language, text: str, town: str) -> None:
    keys = {lk.key for lk in link_mentions(nlp(text)) if town in lk.text}
    assert keys == {f"settlement/{town.lower()}"}
