"""Goods a body seizes are an event of that body ("Seizure"), placed where they were taken and
counted by the goods: items counted one by one come before a lot measured in a unit, a measure
with a decimal counts nothing, and seizures counted as acts ("logged 176 seizures") count
themselves, as do the occasions a body seized something on ("on 23 occasions"). Ground, people
and "seized of the matter" are no seizure.

A haul joined by "and" to an arrest or an operation in the same clause is that act's spoils: no
seizure of its own.

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
    "Dravenmark Customs Service": ("agency/dravenmark-customs", "Agency"),
    "Tannock Police": ("agency/tannock-police", "Agency"),
    "Kolvenbrug": ("checkpoint/kolvenbrug", "Checkpoint"),
    "Brisvale": ("settlement/brisvale", "Settlement"),
    "Selvino": ("settlement/selvino", "Settlement"),
    "Pellacourt Province": ("region/pellacourt", "Region"),
    "Latvia": ("state/LV", "State"),
    "Estonia": ("state/EE", "State"),
}


def _seizures(nlp: Language, text: str) -> list[Event]:
    return [e for e in named_events(nlp, text, NAMES, PUB) if e.label.startswith("Seizure")]


@pytest.mark.parametrize(
    "text",
    [
        "Dravenmark Customs Service officers seized 3,260 packets of tobacco from a lorry at Kolvenbrug on Monday.",
        "On Monday the Dravenmark Customs Service impounded 3,260 packets of tobacco found in a coach at Kolvenbrug.",
    ],
)
def test_a_body_seizing_counted_goods_at_a_post(nlp: Language, text: str) -> None:
    (seizure,) = _seizures(nlp, text)
    assert seizure.agent == ("agency/dravenmark-customs",)
    assert "checkpoint/kolvenbrug" in seizure.place
    assert seizure.count == 3260
    assert seizure.date == "2026-06-08"


@pytest.mark.parametrize(
    "text",
    [
        "Eleven shotguns were seized near Brisvale by the Tannock Police on Saturday.",
        "At a farm near Brisvale, 11 shotguns were confiscated on Saturday by the Tannock Police.",
    ],
)
def test_a_passive_seizure_takes_its_by_phrase_and_place(nlp: Language, text: str) -> None:
    (seizure,) = _seizures(nlp, text)
    assert seizure.agent == ("agency/tannock-police",)
    assert seizure.place == ("settlement/brisvale",)
    assert seizure.count == 11


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The Tannock Police seized 640 litres of petrol and nine rifles near Selvino.", 9),
        ("In Selvino, 30 kilograms of cannabis and four cars were confiscated by the Tannock Police.", 4),
        ("The Tannock Police seized 45 kilograms of cannabis in Selvino.", 45),
    ],
)
def test_items_counted_one_by_one_count_the_haul(nlp: Language, text: str, count: int) -> None:
    (seizure,) = _seizures(nlp, text)
    assert seizure.count == count


def test_a_measure_with_a_decimal_counts_nothing(nlp: Language) -> None:
    (seizure,) = _seizures(nlp, "The Tannock Police seized roughly 12.4 kilograms of heroin in Selvino.")
    assert seizure.count is None
    assert seizure.place == ("settlement/selvino",)


@pytest.mark.parametrize(
    "text",
    [
        "The Tannock Police made 176 seizures in Pellacourt Province last year.",
        "Inspectors logged 176 seizures at Kolvenbrug last year, the Dravenmark Customs Service said.",
    ],
)
def test_seizures_counted_as_acts(nlp: Language, text: str) -> None:
    (seizure,) = _seizures(nlp, text)
    assert seizure.count == 176
    assert seizure.start_date == "2025-01-01"


@pytest.mark.parametrize(
    "text",
    [
        "The council of Brisvale remains seized of the matter.",
        "Rebels seized two villages near Brisvale on Sunday.",
        "Gunmen seized three hostages near Selvino on Sunday.",
        "The Tannock Police seized control of the square in Selvino.",
    ],
)
def test_ground_people_and_matters_are_no_seizure(nlp: Language, text: str) -> None:
    assert _seizures(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Officers arrested nine suspects near Brisvale and seized 40 rifles.",
        "The Tannock Police raided a farm near Selvino, detained two brothers and confiscated 40 rifles.",
    ],
)
def test_a_haul_joined_to_an_arrest_is_no_seizure_of_its_own(nlp: Language, text: str) -> None:
    assert _seizures(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Customs officers have confiscated diesel from smugglers near the Estonian border on 23 occasions.",
            "state/EE",
        ),
        ("Officers confiscated smuggled tobacco on 23 occasions at Kolvenbrug last year.", "checkpoint/kolvenbrug"),
    ],
)
def test_seizures_counted_by_their_occasions(nlp: Language, text: str, place: str) -> None:
    (seizure,) = _seizures(nlp, text)
    assert seizure.count == 23
    assert place in seizure.place
