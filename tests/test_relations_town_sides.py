"""A town said to lie on a state's side, bank or coast, or some distance inside a state, lies in
that state: "X, on the Ruritanian coast", "X, about thirty kilometres inside Y", "X, just inside Y"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


def _located(nlp: Language, text: str) -> set[tuple[str, str]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    entities = find_entities(doc, article)
    return {(r.subject, r.object) for r in find_relations(doc, article, entities) if r.predicate == "locatedIn"}


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
    assert (town, state) in _located(nlp, text)


def test_relations_town_sides_a_state_across_the_sea_is_no_home(nlp: Language) -> None:
    found = _located(nlp, "Boats left from Tiznit, on a route towards the Spanish coast, four days earlier.")
    assert ("settlement/tiznit", "state/ES") not in found
