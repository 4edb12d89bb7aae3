"""A number counting part of a group ("44 of its members", "14 of the marchers") is the head
count of an arrest, as "44 members" would be; a share with no number ("most of the marchers") counts
nothing.

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
    "Varnolian National Police": ("agency/national-police-varnolia", "Agency"),
    "Dorrin": ("settlement/dorrin", "Settlement"),
    "Hollowby": ("settlement/hollowby", "Settlement"),
}


def _arrests(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.label.startswith("Arrest")]


@pytest.mark.parametrize(
    "text",
    [
        "The Green League condemns the detention of 44 of its members by the Varnolian National Police on Friday.",
        "The Varnolian National Police detained 44 of the league's members after the rally on Friday.",
    ],
)
def test_a_counted_part_of_a_group_counts_an_arrest(nlp: Language, text: str) -> None:
    (arrest,) = _arrests(nlp, text)
    assert arrest.count == 44
    assert arrest.agent == ("agency/national-police-varnolia",)


@pytest.mark.parametrize(
    "text",
    [
        "The league denounces the arrest of 14 of its activists in Dorrin and Hollowby on polling day.",
        "14 of the league's activists were arrested in Dorrin and Hollowby on polling day.",
    ],
)
def test_the_group_of_a_counted_part_places_the_arrest(nlp: Language, text: str) -> None:
    (arrest,) = _arrests(nlp, text)
    assert arrest.count == 14
    assert "settlement/dorrin" in arrest.place


def test_a_share_with_no_number_counts_nothing(nlp: Language) -> None:
    assert _arrests(nlp, "Police in Dorrin arrested most of the marchers on Friday.") == []
