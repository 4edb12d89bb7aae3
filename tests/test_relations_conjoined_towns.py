"""A town conjoined with a town put "in" a state ("attacks on X in western Y and Z") lies in that
state too, when GeoNames has a town of its name there; a town of another state does not."""

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
    assert (town, state) in _located(nlp, text)


def test_relations_conjoined_towns_of_another_state_stay_unplaced(nlp: Language) -> None:
    found = _located(nlp, "Heavy rain flooded roads around Trabzon in northern Turkey and Brest on Sunday.")
    assert not {(s, o) for s, o in found if s.endswith("brest")}
