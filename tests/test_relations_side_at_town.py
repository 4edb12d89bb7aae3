"""A town placed by the side of a post it stands at: "the Y side of the post at X".

Border stories place a town by the side it lies on rather than by its state's name, and the side
may be the side of a crossing point ("the Y side of the post at X", "of the bridge at X") or stand
alone as what acts ("The Y side at X opened at six"), with no "on" before it. A crossing named
that way ("the Y side of the crossing at X") is the crossing's half, not a place in Y: only towns.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.named_entities import related_pairs

_ALONE = (
    "Bolivia and Peru reopened the road on Friday. The Bolivian side at Yuraqpampa opened at six, an hour "
    "before the other, customs officers said.\n"
)
_POST = (
    "Soldiers from Peru and Bolivia will patrol together on the Peruvian side of the post at Tirakuna "
    "from next week, the two armies said.\n"
)


@pytest.mark.parametrize(
    ("text", "place", "state"),
    [(_ALONE, "yuraqpampa", "state/BO"), (_POST, "tirakuna", "state/PE")],
)
def test_relations_side_of_a_post_places_the_town_at_it(nlp: Language, text: str, place: str, state: str) -> None:
    assert state in {o for s, o in related_pairs(nlp, text, "locatedIn") if s.endswith(f"/{place}")}
