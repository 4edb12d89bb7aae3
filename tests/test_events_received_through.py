"""People received or entering "through the crossings at X and Y" arrive in the state those towns
lie in, when the text names it: "we took in 6,000 refugees ... through the crossings at
X" in an interview with an official of that state, where nothing else names the destination.

Every sentence is invented for the test, in two or more wordings. Entities are built by hand so that
only event reading is tested; the towns are real (GeoNames places them), the story invented.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2024, 4, 9)
NAMES = {
    "Namibia": ("state/NA", "State"),
    "Angola": ("state/AO", "State"),
    "Rundu": ("settlement/rundu", "Settlement"),
    "Oshakati": ("settlement/oshakati", "Settlement"),
}


def _flows(nlp: Language, text: str) -> dict[int | None, tuple[str, ...]]:
    events = named_events(nlp, text, NAMES, PUB)
    return {e.count: e.destination for e in events if e.type == "BorderCrossing"}


@pytest.mark.parametrize(
    "text",
    [
        "The refugee office of Namibia gave its figures. Last quarter we received 6,000 refugees, "
        "nearly all from Angola, through the crossings at Rundu and Oshakati.",
        "Namibia's commissioner spoke to us. Last month we received 6,000 refugees from Angola through the "
        "border post at Oshakati.",
        "The refugee office of Namibia gave its figures. In March 6,000 refugees from Angola entered through "
        "the crossing at Rundu.",
    ],
)
def test_events_received_through_the_towns_state(nlp: Language, text: str) -> None:
    assert _flows(nlp, text).get(6000, ())[:1] == ("state/NA",)
