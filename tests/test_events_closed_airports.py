"""An airport closed to flights is an entry route closed, as a port or a crossing is: "since X
International Airport was closed on Monday", "the authorities closed X Airport on Sunday".

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

#: A Thursday.
PUB = date(2023, 6, 15)

NAMES = {
    "Vell International Airport": ("place/vell-international-airport", "Place"),
    "Tarnby Airport": ("place/tarnby-airport", "Place"),
}


@pytest.mark.parametrize(
    ("text", "airport"),
    [
        (
            "Hundreds of tourists have been stuck in hotels since Vell International Airport was closed on Monday.",
            "place/vell-international-airport",
        ),
        ("The authorities closed Tarnby Airport to all flights on Sunday after the storm.", "place/tarnby-airport"),
    ],
)
def test_closed_airport_is_a_closure_of_it(nlp: Language, text: str, airport: str) -> None:
    events = named_events(nlp, text, NAMES, PUB)
    assert any(e.type == "BorderClosure" and airport in e.target + e.place for e in events)
