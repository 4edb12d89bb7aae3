"""A town put in a region its state owns, "X, in Y's R region", lies in the state Y too.

The possessive names the state as plainly as "X, in Y" does: the town lies in the region and in
its state, and the region is part of that state.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.named_entities import related_pairs

_FLOOD = (
    "Flooding cut off the town of Pelunca, in Chile's Atacama region, on Monday, and the regional "
    "government said the bridge would stay shut until Friday.\n"
)
_RESCUE = (
    "Rescue teams reached the village of Kostivar in Bulgaria's Smolyan province late on Sunday, the fire "
    "service said.\n"
)


@pytest.mark.parametrize(
    ("text", "town", "state"),
    [(_FLOOD, "settlement/pelunca", "state/CL"), (_RESCUE, "settlement/kostivar", "state/BG")],
)
def test_relations_town_in_owned_region_lies_in_the_owner(nlp: Language, text: str, town: str, state: str) -> None:
    assert (town, state) in related_pairs(nlp, text, "locatedIn")
