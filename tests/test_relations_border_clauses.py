"""The "border with Y" after a crossing belongs to the crossing named right before it in its own
clause: "A and B stay open, and lorries go to the C checkpoint on the border with Y" puts only C on
that border; a list ("A and B on the border with Y") shares it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


def _connects(nlp: Language, text: str) -> set[tuple[str, str]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    entities = find_entities(doc, article)
    return {(r.subject, r.object) for r in find_relations(doc, article, entities) if r.predicate == "connects"}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "During the works, the Tarnak and Velso checkpoints will remain open for cars, and lorries will be "
            "sent to the Kordun checkpoint on the border with Mongolia.",
            "state/MN",
        ),
        (
            "The Tarnak and Velso crossings stay open at night, while buses must use the Kordun crossing on "
            "the border with Armenia.",
            "state/AM",
        ),
    ],
)
def test_relations_border_clauses_go_to_the_crossing_of_their_clause(nlp: Language, text: str, state: str) -> None:
    found = _connects(nlp, text)
    assert ("checkpoint/kordun", state) in found
    assert not {s for s, o in found if o == state and s != "checkpoint/kordun"}


def test_relations_border_clauses_a_list_shares_its_border(nlp: Language) -> None:
    found = _connects(nlp, "The Tarnak and Velso checkpoints on the border with Mongolia stay open at night.")
    assert {("checkpoint/tarnak", "state/MN"), ("checkpoint/velso", "state/MN")} <= found
