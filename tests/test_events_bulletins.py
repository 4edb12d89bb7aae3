"""Events as official bulletins and releases word them: closures stated as a state ("remains
closed"), strikes told by their weapon ("a drone hit ..."), evacuations counted, figures that share
one verb ("6,000 crossed into X and 2,000 into Y").

Every story here is invented for the test; each class is shown in two or more wordings, with a
near miss that must stay silent. Entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Wednesday.
PUB = date(2024, 3, 13)

NAMES = {
    "Varnok": ("checkpoint/varnok", "Checkpoint"),
    "Dresna": ("checkpoint/dresna", "Checkpoint"),
    "Kavro": ("checkpoint/kavro", "Checkpoint"),
    "Tolvik": ("settlement/tolvik", "Settlement"),
    "Belvik": ("settlement/belvik", "Settlement"),
    "Harvik": ("settlement/harvik", "Settlement"),
    "Oskavo": ("settlement/oskavo", "Settlement"),
    "Selvana": ("region/selvana", "Region"),
    "Marvosia": ("state/marvosia", "State"),
    "Pellonia": ("state/pellonia", "State"),
    "Ordavia": ("state/ordavia", "State"),
    "the Civil Protection Service": ("agency/civil-protection-marvosia", "Agency"),
}


def _events(nlp: Language, text: str) -> tuple[Event, ...]:
    return named_events(nlp, text, NAMES, PUB)


def _typed(events: tuple[Event, ...], type_: str) -> list[Event]:
    return [e for e in events if e.type == type_]


@pytest.mark.parametrize(
    ("text", "closed", "day"),
    [
        (
            "The Varnok border crossing remained closed to pedestrians on Monday, the ministry said.",
            "checkpoint/varnok",
            "2024-03-11",
        ),
        ("The Dresna crossing remains closed to passenger traffic.", "checkpoint/dresna", None),
        ("The Tolvik community remains closed to civilian entry.", "settlement/tolvik", None),
        (
            "Marvosia urged its neighbour to reopen its border post at Kavro, closed since 3 March.",
            "checkpoint/kavro",
            None,
        ),
    ],
)
def test_events_bulletins_closed_states_are_closures(nlp: Language, text: str, closed: str, day: str | None) -> None:
    (ev,) = _typed(_events(nlp, text), "BorderClosure")
    assert closed in ev.target + ev.place
    assert ev.date == day or (day is None and ev.type == "BorderClosure")


def test_events_bulletins_closed_since_dates_its_start(nlp: Language) -> None:
    text = "Marvosia urged its neighbour to reopen its border post at Kavro, closed since 3 March."
    (ev,) = _typed(_events(nlp, text), "BorderClosure")
    assert ev.start_date == "2024-03-03"


@pytest.mark.parametrize(
    "text",
    [
        "The Belvik museum remains closed to visitors until the spring.",
        "The shops in Harvik remained closed on Monday.",
    ],
)
def test_events_bulletins_other_closed_things_are_no_closures(nlp: Language, text: str) -> None:
    assert not _typed(_events(nlp, text), "BorderClosure")


@pytest.mark.parametrize(
    "text",
    [
        "The council called on Pellonia to reopen the Kavro crossing.",
        "Marvosia urged Pellonia to close the border with Ordavia.",
        "The ministry asked Pellonia to shut the Dresna border crossing.",
    ],
)
def test_events_bulletins_appeals_are_no_events(nlp: Language, text: str) -> None:
    assert not _events(nlp, text)


def test_events_bulletins_appeal_beside_a_done_closure(nlp: Language) -> None:
    text = "Pellonia closed the Dresna border crossing on Monday and urged Marvosia to close the Varnok crossing."
    (ev,) = _events(nlp, text)
    assert ev.type == "BorderClosure" and ev.target == ("checkpoint/dresna",)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("In Belvik, a guided bomb hit a clinic; two nurses were hurt.", "settlement/belvik"),
        ("In the city of Harvik, a drone hit a power substation before dawn.", "settlement/harvik"),
        ("A 40-year-old man was killed in Oskavo when a Uruguayan drone hit his car.", "settlement/oskavo"),
        ("A missile struck a warehouse in Selvana on Tuesday.", "region/selvana"),
    ],
)
def test_events_bulletins_weapons_that_hit_a_place_are_strikes(nlp: Language, text: str, place: str) -> None:
    (ev,) = _typed(_events(nlp, text), "MilitaryOperation")
    assert place in ev.place + ev.target


def test_events_bulletins_a_strike_takes_its_weapons_state(nlp: Language) -> None:
    text = "A 40-year-old man was killed in Oskavo when a Uruguayan drone hit his car."
    (ev,) = _typed(_events(nlp, text), "MilitaryOperation")
    assert ev.agent == ("state/UY",)


@pytest.mark.parametrize(
    "text",
    [
        "A delivery drone hit the roof of a shop, the owner said.",
        "The rocket reached orbit on Tuesday after launch from Harvik.",
    ],
)
def test_events_bulletins_weapons_without_a_place_hit_are_no_strikes(nlp: Language, text: str) -> None:
    assert not _typed(_events(nlp, text), "MilitaryOperation")


@pytest.mark.parametrize(
    "text",
    [
        "Uruguayan troops shelled the Selvana region on Tuesday. In Belvik, a guided bomb hit a school building.",
        "Artillery shelled villages across Selvana overnight. A missile struck a warehouse in Harvik.",
    ],
)
def test_events_bulletins_strikes_at_places_named_apart_stay_apart(nlp: Language, text: str) -> None:
    ops = _typed(_events(nlp, text), "MilitaryOperation")
    assert len(ops) == 2
    first, second = (set(e.place + e.target) for e in ops)
    assert not first & second
    assert "region/selvana" in first | second


def _evacuations(events: tuple[Event, ...]) -> list[Event]:
    return [e for e in events if e.label.startswith("Evacuation")]


@pytest.mark.parametrize(
    ("text", "count", "place", "day"),
    [
        ("Over the past day, 143 people were evacuated, among them 26 children.", 143, None, "2024-03-13"),
        (
            "On Monday the Civil Protection Service evacuated 420 residents from Harvik.",
            420,
            "settlement/harvik",
            "2024-03-11",
        ),
        ("Some 95 people have been evacuated from villages in Selvana after the floods.", 95, "region/selvana", None),
        ("The town of Belvik was evacuated on Tuesday as the fire spread.", None, "settlement/belvik", "2024-03-12"),
    ],
)
def test_events_bulletins_evacuations_are_counted_and_placed(
    nlp: Language, text: str, count: int | None, place: str | None, day: str | None
) -> None:
    (ev,) = _evacuations(_events(nlp, text))
    assert ev.count == count
    assert place is None or place in ev.place
    assert ev.date == day


def test_events_bulletins_an_evacuation_takes_its_agent(nlp: Language) -> None:
    text = "On Monday the Civil Protection Service evacuated 420 residents from Harvik."
    (ev,) = _evacuations(_events(nlp, text))
    assert ev.agent == ("agency/civil-protection-marvosia",)


@pytest.mark.parametrize(
    "text",
    [
        "Residents were told they could be evacuated if the river keeps rising in Harvik.",
        "Officials said the Civil Protection Service will evacuate Belvik if the fire spreads.",
        "The building was evacuated after a fire alarm.",
    ],
)
def test_events_bulletins_unplaced_or_hypothetical_evacuations_are_left_out(nlp: Language, text: str) -> None:
    assert not _evacuations(_events(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "About 9,000 people have fled since May, of whom 6,000 have crossed into Pellonia and 2,000 into Ordavia.",
        "Last week 6,000 refugees arrived in Pellonia and 2,000 in Ordavia, the agency said.",
    ],
)
def test_events_bulletins_figures_sharing_a_verb_keep_their_own_destination(nlp: Language, text: str) -> None:
    flows = {e.count: e.destination for e in _typed(_events(nlp, text), "BorderCrossing")}
    assert flows[6000] == ("state/pellonia",)
    assert flows[2000] == ("state/ordavia",)


@pytest.mark.parametrize(
    ("text", "place", "when"),
    [
        (
            "On 5 and 6 March, security forces conducted an intelligence based operation in Selvana.",
            "region/selvana",
            ("2024-03-05", "2024-03-06"),
        ),
        (
            "Troops launched a clearance operation near Belvik on Monday.",
            "settlement/belvik",
            ("2024-03-11", "2024-03-11"),
        ),
    ],
)
def test_events_bulletins_operations_armed_forces_conduct_are_military(
    nlp: Language, text: str, place: str, when: tuple[str, str]
) -> None:
    (ev,) = _typed(_events(nlp, text), "MilitaryOperation")
    assert place in ev.place + ev.target
    assert (ev.start_date or ev.date, ev.end_date or ev.date) == when


@pytest.mark.parametrize(
    "text",
    [
        "The coast guard conducted a rescue operation off Belvik on Monday.",
        "Firefighters launched an operation in Selvana to contain the blaze.",
    ],
)
def test_events_bulletins_operations_of_others_are_not_military(nlp: Language, text: str) -> None:
    assert not _typed(_events(nlp, text), "MilitaryOperation")


@pytest.mark.parametrize(
    "text",
    [
        "Security forces conducted an operation in the mountains of Selvana on Sunday.",
        "Troops launched an offensive in the north of Selvana on Sunday.",
    ],
)
def test_events_bulletins_an_area_of_a_named_place_places_the_operation(nlp: Language, text: str) -> None:
    (ev,) = _typed(_events(nlp, text), "MilitaryOperation")
    assert "region/selvana" in ev.place + ev.target


@pytest.mark.parametrize(
    "text",
    [
        "Over the past day, 143 people were evacuated from Harvik.",
        "In the past 24 hours, 143 people were evacuated from Harvik.",
        "This morning 143 people were evacuated from Harvik.",
    ],
)
def test_events_bulletins_the_reports_own_day_dates_the_event(nlp: Language, text: str) -> None:
    (ev,) = _evacuations(_events(nlp, text))
    assert ev.date == PUB.isoformat()


@pytest.mark.parametrize(
    "text",
    [
        "Marvosia, 11 March 2024. At the border with Ordavia, the border guard recorded 177 attempts to cross"
        " the border illegally over the weekend.",
        "Marvosia, 11 March 2024. On the border with Ordavia, officers recorded 177 attempts to cross the border.",
    ],
)
def test_events_bulletins_attempts_counted_at_a_border_go_into_the_releases_state(nlp: Language, text: str) -> None:
    (ev,) = _typed(_events(nlp, text), "BorderCrossing")
    assert ev.count == 177
    assert ev.destination == ("state/marvosia",)
    assert ev.origin == ("state/ordavia",)


@pytest.mark.parametrize(
    "text",
    [
        "Since 1 January, the Maritime Squadron has intercepted 35 boats and 540 persons attempting to enter "
        "Marvosia illegally from Pellonia.",
        "This year patrols stopped 12 lorries and 310 migrants trying to cross into Marvosia from Pellonia.",
    ],
)
def test_events_bulletins_people_stopped_beside_their_vehicles(nlp: Language, text: str) -> None:
    """The attempt belongs to the people joined to the vehicles stopped ("35 boats and 540 persons")."""
    (ev,) = _typed(_events(nlp, text), "BorderCrossing")
    assert (ev.destination, ev.origin) == (("state/marvosia",), ("state/pellonia",))
    assert ev.count in (540, 310)
