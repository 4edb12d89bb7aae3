"""A dateline "Town, Area, date" names a town and the area it lies in, not two persons.

Invented sentences through the real model. Presidencies and local governments place a release's
town by its canton, parish or district without the kind word ("Town, Area, May 3, 2026."); the
model reads the names as persons or bodies. A venue before a known city is no town.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article


def _names(nlp: Language, text: str) -> dict[str, str]:
    article = Article(id="t", text=text, source="test")
    return {e.name: e.type for e in find_entities(nlp(text), article)}


@pytest.mark.parametrize(
    ("text", "town", "area"),
    [
        (
            "Quintana Roja, Los Alisos, 3 March 2026 (Presidency). The President inaugurated a new health post.",
            "Quintana Roja",
            "Los Alisos",
        ),
        (
            "Corvalle, Tarragal, May 4, 2026. Growers from three valleys asked the health office for clean water.",
            "Corvalle",
            "Tarragal",
        ),
        (
            "Bellmoor, Ashcombe, 12 June 2026 - The Minister of Agriculture toured the flooded farms on Friday.",
            "Bellmoor",
            "Ashcombe",
        ),
    ],
)
def test_entities_dateline_areas_town_and_region(nlp: Language, text: str, town: str, area: str) -> None:
    names = _names(nlp, text)
    assert names.get(town) == "Settlement"
    assert names.get(area) == "Region"


@pytest.mark.parametrize(
    ("text", "city", "venue"),
    [
        (
            "Harbour Hall, Madrid, 9 May 2026. The ministers of transport signed the rail agreement.",
            "Madrid",
            "Harbour Hall",
        ),
        (
            "Lisbon, Marvila Barracks, Friday 6 March 2026, 10:30. The chief of staff briefed reporters.",
            "Lisbon",
            "Marvila Barracks",
        ),
    ],
)
def test_entities_dateline_areas_venue_beside_city(nlp: Language, text: str, city: str, venue: str) -> None:
    names = _names(nlp, text)
    assert names.get(venue) not in {"Settlement", "Region"}
    assert names.get(city) == "Settlement"
