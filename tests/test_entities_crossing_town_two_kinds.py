"""A town's crossing named as a crossing and then by the way that carries it ("the X crossing" ...
"the X bridge") is one crossing point, one node, named both ways; two ways of one town ("the X
border post", "the X bridge") stay two.

Invented sentences through the real model. Before, "the X bridge" was a second crossing beside
"the X crossing", so the counts and sides of one crossing were split between two nodes.
"""

from __future__ import annotations

import pytest
from named_entities import found_entities
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "crossing", "town"),
    [
        (
            "Lorries from Togo queue at the Tolvani crossing every night, customs officers said. The border"
            " town of Tolvani has three hotels, and the Tolvani bridge to Benin, now being built, will take"
            " the traffic from 2029.",
            "Tolvani crossing",
            "Tolvani",
        ),
        (
            "Ferries still carry most travellers at the Kassoro crossing, Guinean officials said. In the"
            " border town of Kassoro, engineers say the Kassoro bridge over the river to Sierra Leone is"
            " almost finished.",
            "Kassoro crossing",
            "Kassoro",
        ),
    ],
)
def test_entities_town_crossing_and_its_bridge_are_one_crossing(
    nlp: Language, text: str, crossing: str, town: str
) -> None:
    found = found_entities(nlp, text)
    assert [name for name, kind in found if kind == "Checkpoint"] == [crossing]
    assert (town, "Settlement") in found


def test_entities_two_ways_of_one_town_stay_two_crossings(nlp: Language) -> None:
    text = (
        "Guards at the Tolvani border post turned back forty lorries on Monday, police said. The border town"
        " of Tolvani has three hotels, and the Tolvani bridge to Benin is closed for repairs, Togolese"
        " officials said."
    )
    checkpoints = {name for name, kind in found_entities(nlp, text) if kind == "Checkpoint"}
    assert checkpoints == {"Tolvani border post", "Tolvani bridge"}
