"""Towns named under a kind noun a state or region qualifies lie in it: "the Spanish towns of A and B"
(each town of the list), "A and B are Portuguese villages", "the X communes of A and B"."""

from __future__ import annotations

import pytest
from named_entities import related_pairs
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "towns", "state"),
    [
        (
            "Ferry traffic from Morocco to the Spanish towns of Veslo and Tarnby doubled in May, port officials said.",
            ("settlement/veslo", "settlement/tarnby"),
            "state/ES",
        ),
        (
            "Kirvo and Orlund are Portuguese villages a short walk from the river.",
            ("settlement/kirvo", "settlement/orlund"),
            "state/PT",
        ),
    ],
)
def test_relations_town_kinds_listed_towns(nlp: Language, text: str, towns: tuple[str, str], state: str) -> None:
    assert {(town, state) for town in towns} <= related_pairs(nlp, text, "locatedIn")
