"""People crossing into a town or region of one of the story's two neighbouring states come from
the other ("around 640 have crossed into the neighbouring state of X", X a region of A, in a story
of A and B), as people crossing into A itself do.

Every sentence is invented for the test, in two or more wordings; the regions are real (ISO 3166-2
and GeoNames place them), the story invented. Entities are built by hand.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2024, 3, 5)
NAMES = {
    "Namibia": ("state/NA", "State"),
    "Angola": ("state/AO", "State"),
    "Rundu": ("settlement/rundu", "Settlement"),
}


@pytest.mark.parametrize(
    "text",
    [
        "The Namibia Red Cross said fighting in Angola continued. Around 640 people have fled into Rundu since Friday.",
        "Angola's southern districts were shelled again, officials in Namibia said. Since Friday some 640 "
        "people have arrived in Rundu.",
    ],
)
def test_events_region_other_side(nlp: Language, text: str) -> None:
    events = named_events(nlp, text, NAMES, PUB)
    got = {e.count: e.origin for e in events if e.type == "BorderCrossing"}
    assert got.get(640) == ("state/AO",)
