"""A region the text named, called again by its kind alone ("in the province", "to the county"),
places an event there; "the Department of X" is a body's name, no region.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Wednesday.
PUB = date(2026, 6, 10)

NAMES = {
    "Varnolia": ("state/varnolia", "State"),
    "Kessel Province": ("region/kessel-province", "Region"),
    "Orrin County": ("region/orrin-county", "Region"),
}


def _events(nlp: Language, text: str) -> list[Event]:
    return list(named_events(nlp, text, NAMES, PUB))


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "Heavy traffic was reported in Kessel Province over the weekend. "
            "Since March, 26 suspected smugglers have been arrested in the province.",
            "region/kessel-province",
        ),
        (
            "Orrin County lies on the river. Police said 26 people were detained in the county on Friday.",
            "region/orrin-county",
        ),
    ],
)
def test_a_region_called_by_its_kind_places_the_event(nlp: Language, text: str, region: str) -> None:
    (arrest,) = [e for e in _events(nlp, text) if e.label.startswith("Arrest")]
    assert arrest.count == 26
    assert arrest.place == (region,)


def test_a_department_with_a_name_is_no_region(nlp: Language) -> None:
    text = (
        "Heavy traffic was reported in Kessel Province over the weekend. "
        "Police said 26 people were brought before the Department of Justice on Friday."
    )
    assert all("region/kessel-province" not in e.place for e in _events(nlp, text))
