"""The "border with Y" after a crossing belongs to the crossing named right before it in its own
clause: "A and B stay open, and lorries go to the C checkpoint on the border with Y" puts only C on
that border; a list ("A and B on the border with Y") shares it."""

from __future__ import annotations

import pytest
from named_entities import related_pairs
from spacy.language import Language


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
    found = related_pairs(nlp, text, "connects")
    assert ("checkpoint/kordun", state) in found
    assert not {s for s, o in found if o == state and s != "checkpoint/kordun"}


def test_relations_border_clauses_a_list_shares_its_border(nlp: Language) -> None:
    text = "The Tarnak and Velso checkpoints on the border with Mongolia stay open at night."
    found = related_pairs(nlp, text, "connects")
    assert {("checkpoint/tarnak", "state/MN"), ("checkpoint/velso", "state/MN")} <= found
