"""A crossing named after its town, and the town itself: "the X border post" and "the road between A and X".

Invented sentences through the real model. A bare name at one end of a way between two places
("the road between A and X"), or where people are sent or travel to ("officers were sent to X"),
is the town, however the NER read it, even where the text names the crossing after it: the town
keeps the bare name, and the crossing is named with its kind ("X border post"), two nodes.
"""

from __future__ import annotations

import pytest
from named_entities import found_entities
from spacy.language import Language


@pytest.mark.parametrize(
    "text",
    [
        "Lorries were stopped on the road between Varnel and Kostrova, and the Kostrova border post stayed"
        " shut, the Moldovan border police said.",
        "The Kostrova border post reopened on Monday. Lorries were stopped on the road between Varnel and"
        " Kostrova overnight.",
        "The Kostrova border post with Romania reopened on Monday, and twenty more officers were sent to"
        " Kostrova, the Moldovan border police said.",
    ],
)
def test_entities_town_and_the_crossing_named_after_it(nlp: Language, text: str) -> None:
    found = found_entities(nlp, text)
    assert ("Kostrova border post", "Checkpoint") in found
    assert ("Kostrova", "Settlement") in found


def test_entities_crossing_alone_keeps_its_bare_name(nlp: Language) -> None:
    text = "The Kostrova border post reopened on Monday, and lorries crossed at Kostrova all night."
    found = found_entities(nlp, text)
    assert ("Kostrova", "Checkpoint") in found
    assert ("Kostrova", "Settlement") not in found


def test_entities_ends_of_a_bridge_stay_as_the_text_names_them(nlp: Language) -> None:
    text = (
        "The Kostrova border post reopened on Monday, and the bridge between Kostrova and Varnel carried"
        " lorries across the border all night."
    )
    found = found_entities(nlp, text)
    assert ("Kostrova", "Checkpoint") in found
    assert ("Kostrova", "Settlement") not in found
