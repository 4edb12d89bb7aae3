"""A crossing named after a town of the text lies on that town's side: "the X border post" and "the X
Ferry Terminal" connect the state the text (or the gazetteer) places the town X in.

Invented sentences through the real model. Before, a crossing whose near side no sentence named
("sailings between the X Ferry Terminal and Y, on the far coast") had no connects to its own state.
"""

from __future__ import annotations

import pytest
from named_entities import related_pairs
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "crossing", "state"),
    [
        (
            "Officers at the Valdrena border post checked every lorry heading to Serbia on Tuesday, police"
            " said. The post is a short walk from the centre of Valdrena, a town in Croatia.",
            "checkpoint/valdrena-border-post",
            "state/HR",
        ),
        (
            "Passenger ferries between the Kessvik Ferry Terminal and Lomsund, on the Finnish coast, stop on"
            " 3 May. Kessvik, a harbour town in Estonia, has also lost its ferry to Latvia.",
            "checkpoint/kessvik-ferry-terminal",
            "state/EE",
        ),
    ],
)
def test_relations_crossing_named_after_a_town_connects_its_state(
    nlp: Language, text: str, crossing: str, state: str
) -> None:
    assert (crossing, state) in related_pairs(nlp, text, "connects")


def test_relations_crossing_town_of_a_state_the_text_never_names_gives_no_side(nlp: Language) -> None:
    text = (
        "Officers at the Valdrena border post checked every lorry on Tuesday, police said. The post is a short"
        " walk from the centre of Valdrena."
    )
    assert not {s for s, _ in related_pairs(nlp, text, "connects") if s == "checkpoint/valdrena-border-post"}
