"""A town placed by the side it lies on, written without "on" or as the side of a crossing point.

Border stories place a town by its side of the line rather than by its state's name; the side may
act with no "on" before it ("The Y side at X opened at six", "the Y side around X was quiet") or be
the side of a post or bridge the town lies by. A crossing named that way is the crossing's own
half, not a place in Y: the rule places towns only.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.named_entities import related_pairs

_ALONE = (
    "Bolivia and Peru reopened the road on Friday. The Bolivian side at Yuraqpampa opened at six, an hour "
    "before the other, customs officers said.\n"
)
_AROUND = (
    "Police said the Peruvian side around Tirakuna had been quiet since the weekend, while Bolivia sent "
    "more officers.\n"
)
_POST = (
    "Herders grazing the Peruvian side of the post near Tirakuna lost forty llamas in the snow, Peru's farm "
    "ministry said.\n"
)


@pytest.mark.parametrize(
    ("text", "place", "state"),
    [(_ALONE, "yuraqpampa", "state/BO"), (_AROUND, "tirakuna", "state/PE"), (_POST, "tirakuna", "state/PE")],
)
def test_relations_side_of_a_post_places_the_town_at_it(nlp: Language, text: str, place: str, state: str) -> None:
    assert state in {o for s, o in related_pairs(nlp, text, "locatedIn") if s.endswith(f"/{place}")}
