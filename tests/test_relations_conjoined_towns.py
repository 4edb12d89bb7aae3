"""A town conjoined with a town put "in" a state ("attacks on X in western Y and Z") lies in that
state too, when GeoNames has a town of its name there; a town of another state does not."""

from __future__ import annotations

import pytest
from named_entities import related_pairs
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "town", "state"),
    [
        (
            "Officials said rockets hit Krakow in southern Poland and Rzeszow during the night.",
            "settlement/rzeszow",
            "state/PL",
        ),
        (
            "Heavy rain flooded roads around Trabzon in northern Turkey and Erzurum on Sunday.",
            "settlement/erzurum",
            "state/TR",
        ),
    ],
)
def test_relations_conjoined_towns_share_the_state(nlp: Language, text: str, town: str, state: str) -> None:
    assert (town, state) in related_pairs(nlp, text, "locatedIn")


def test_relations_conjoined_towns_of_another_state_stay_unplaced(nlp: Language) -> None:
    text = "Heavy rain flooded roads around Trabzon in northern Turkey and Brest on Sunday."
    found = related_pairs(nlp, text, "locatedIn")
    assert not {(s, o) for s, o in found if s.endswith("brest")}
