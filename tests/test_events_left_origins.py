"""People just counted who, the next sentence says, "had left X" come from X's state: "The
migrants, who told officers they had left Kelmora in Andorra a week before, were taken to the port."

Every sentence is invented for the test, in two or more wordings. Entities are built by hand so that
only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2024, 9, 9)
NAMES = {
    "Malta": ("state/MT", "State"),
    "Andorra": ("state/AD", "State"),
    "Kelmora": ("settlement/kelmora", "Settlement"),
}


@pytest.mark.parametrize(
    "text",
    [
        "The coast guard of Malta stopped a boat with 143 people on board on Saturday. The migrants, who "
        "told officers they had left Kelmora in Andorra a week before, were taken to the port.",
        "The coast guard of Malta stopped a boat carrying 143 migrants off the coast on Saturday. They had "
        "left Andorra a week earlier.",
    ],
)
def test_events_left_origins_from_the_next_sentence(nlp: Language, text: str) -> None:
    events = named_events(nlp, text, NAMES, PUB)
    assert {e.count: e.origin for e in events if e.type == "BorderCrossing"} == {143: ("state/AD",)}
