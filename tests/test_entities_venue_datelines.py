"""A release's first line "Venue, Town, date" names the town GeoNames knows after the venue,
whatever the model read there (a person, a body, or only the town's last word)."""

from __future__ import annotations

import pytest
from named_entities import found_entities
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Presidential Palace, La Romana, Wednesday 8 April -- The President met the envoy.", "La Romana"),
        ("Municipal Stadium, La Ceiba, Sunday 5 July -- Thousands attended the rally.", "La Ceiba"),
        ("Central Station, Le Mans, Monday 4 May -- Trains were cancelled after the storm.", "Le Mans"),
    ],
)
def test_the_known_town_after_a_venue_on_a_dated_first_line_is_a_settlement(
    nlp: Language, text: str, town: str
) -> None:
    assert (town, "Settlement") in found_entities(nlp, text)
