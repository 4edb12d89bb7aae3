"""A town said to lie on a state's side, bank or coast, or some distance inside a state, lies in
that state: "X, on the Ruritanian coast", "X, about thirty kilometres inside Y", "X, just inside Y"."""

from __future__ import annotations

import pytest
from named_entities import related_pairs
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "town", "state"),
    [
        ("The boat had left from Tiznit, on the Moroccan coast, four days earlier.", "settlement/tiznit", "state/MA"),
        (
            "Shelling hit the market of Kolda, about thirty kilometres inside Senegal, on Friday.",
            "settlement/kolda",
            "state/SN",
        ),
        ("Police found the van in Tarbes, just inside France.", "settlement/tarbes", "state/FR"),
    ],
)
def test_relations_town_sides_coast_and_inside(nlp: Language, text: str, town: str, state: str) -> None:
    assert (town, state) in related_pairs(nlp, text, "locatedIn")


def test_relations_town_sides_a_state_across_the_sea_is_no_home(nlp: Language) -> None:
    text = "Boats left from Tiznit, on a route towards the Spanish coast, four days earlier."
    found = related_pairs(nlp, text, "locatedIn")
    assert ("settlement/tiznit", "state/ES") not in found
