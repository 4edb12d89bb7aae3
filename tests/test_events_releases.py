"""Events as releases and operational updates word them: arrests told by a noun or in the passive,
placed beside a town; operations dated by the participle after their name; attacks told by their
means (an ambush, artillery fire, shelling as a subject) or struck deep in their phrase; emergency
measures put in force; national referendums; people going home; periods of whole months; a
thread's post counter; people registered somewhere as arrivals.

Every story here is invented for the test; each class is shown in two or more wordings, with a
near miss that must stay silent. Entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import entities_named, named_events
from spacy.language import Language

from kg.extract.events import find_events
from kg.extract.quantities import find_quantities
from kg.extract.timex import find_times
from kg.model import Article, Event

#: A Friday.
PUB = date(2026, 5, 22)

NAMES = {
    "Norway": ("state/NO", "State"),
    "Russia": ("state/RU", "State"),
    "OSLO": ("settlement/oslo", "Settlement"),  # a dateline, as the entity layer reads it
    "Tarvel": ("settlement/tarvel", "Settlement"),
    "Oskeny": ("settlement/oskeny", "Settlement"),
    "Kessova": ("settlement/kessova", "Settlement"),
    "Dunmere province": ("region/dunmere", "Region"),
    "Jon Harl": ("person/jon-harl", "Person"),
    "Government of Brevland": ("agency/government-brevland", "Agency"),
    "Brevland Border Police": ("agency/border-police-brevland", "Agency"),
    "Coastal Crime Agency": ("agency/coastal-crime-agency", "Agency"),
    "Afghans": ("state/AF", "State"),
    "Iran": ("state/IR", "State"),
    "Syrians": ("state/SY", "State"),
    "Turkey": ("state/TR", "State"),
}


def _events(nlp: Language, text: str) -> tuple[Event, ...]:
    return named_events(nlp, text, NAMES, PUB)


def _labelled(events: tuple[Event, ...], head: str) -> list[Event]:
    return [e for e in events if e.label.startswith(head)]


@pytest.mark.parametrize(
    ("text", "count", "day"),
    [
        ("Twelve suspects were arrested in villages south of Tarvel on Monday.", 12, "2026-05-18"),
        ("Police detained 9 men in a hamlet north of Tarvel on Monday.", 9, "2026-05-18"),
        ("During the searches, 46 migrants were apprehended in a barn near Tarvel on Monday.", 46, "2026-05-18"),
    ],
)
def test_events_releases_counted_arrests_beside_a_town(nlp: Language, text: str, count: int, day: str) -> None:
    (ev,) = _labelled(_events(nlp, text), "Arrest")
    assert (ev.place, ev.count, ev.date) == (("settlement/tarvel",), count, day)


@pytest.mark.parametrize(
    ("text", "count", "day"),
    [
        ("Police announced on Tuesday the arrest of 9 people in Tarvel.", 9, None),  # the day of the saying
        ("The inquiry has led to the detention of 17 suspects in Tarvel and Oskeny on 20 May.", 17, "2026-05-20"),
    ],
)
def test_events_releases_arrests_told_by_a_noun(nlp: Language, text: str, count: int, day: str) -> None:
    (ev,) = _labelled(_events(nlp, text), "Arrest")
    assert (ev.place[0], ev.count, ev.date) == ("settlement/tarvel", count, day)


@pytest.mark.parametrize(
    "text",
    [
        "The opposition called for the arrest of 9 officers in Tarvel.",
        "A judge issued a warrant for the arrest of 9 men in Tarvel.",
        "About 300 migrants were apprehended at the border near Tarvel.",
    ],
)
def test_events_releases_wanted_arrests_and_stops_at_a_border_are_no_arrests(nlp: Language, text: str) -> None:
    assert not _labelled(_events(nlp, text), "Arrest")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Operation Amber Heron, launched on 1 May in Dunmere province, continued on Tuesday.", "region/dunmere"),
        ("The army gave the results of the second day of Operation Amber Heron, launched on 1 May near Tarvel.",
         "settlement/tarvel"),
    ],
)  # fmt: skip
def test_events_releases_operation_dated_and_placed_by_its_participle(nlp: Language, text: str, target: str) -> None:
    (ev,) = [e for e in _events(nlp, text) if e.type == "MilitaryOperation"]
    assert (ev.target, ev.start_date, ev.date) == ((target,), "2026-05-01", None)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The ring moved migrants between March and December 2025.", "2025-03-01", "2025-12-31"),
        ("The ring moved migrants from January to April 2024.", "2024-01-01", "2024-04-30"),
        ("The ring moved migrants between November and February 2025.", "2024-11-01", "2025-02-28"),
    ],
)
def test_events_releases_a_span_of_whole_months_is_one_period(text: str, start: str, end: str) -> None:
    (t,) = find_times(text, PUB)
    assert (t.date, t.start_date, t.end_date) == (None, start, end)


@pytest.mark.parametrize(
    "text",
    [
        "3/7 Since 1 November, 388 asylum seekers have arrived in Norway.",
        "Update 3/7: since 1 November, another 388 people have come to Norway.",
    ],
)
def test_events_releases_a_threads_post_counter_is_no_count(nlp: Language, text: str) -> None:
    assert [q.quantity.count for q in find_quantities(text)] == [388]
    counts = [e.count for e in _events(nlp, "In the past week, 84 people arrived in Norway from Russia.\n\n" + text)]
    assert 3 not in counts and 7 not in counts


@pytest.mark.parametrize(
    "text",
    [
        "Since 1 January, 3,470 people have entered Kessova.",
        "Over the weekend, about 3,470 migrants reached Kessova.",
    ],
)
def test_events_releases_a_town_read_as_an_adverb_is_still_where_they_went(nlp: Language, text: str) -> None:
    doc = nlp(text)
    (town,) = [t for t in doc if t.text == "Kessova"]
    town.dep_ = "advmod"  # as the parser reads some town names after "entered" at a clause's end
    article = Article(id="t", text=text, source="test", published=PUB)
    (ev,) = [e for e in find_events(doc, article, entities_named(text, NAMES), ()) if e.type == "BorderCrossing"]
    assert (ev.destination, ev.count) == (("settlement/kessova",), 3470)


@pytest.mark.parametrize(
    ("text", "target", "day"),
    [
        ("Two officers were killed in an ambush near Tarvel on 14 February.", "settlement/tarvel", "2026-02-14"),
        ("Gunmen ambushed a police convoy near Tarvel on Sunday.", "settlement/tarvel", "2026-05-17"),
        ("Two civilians were killed by artillery fire in Dunmere province this afternoon.", "region/dunmere",
         "2026-05-22"),
        ("Shelling killed four people in Tarvel on Monday.", "settlement/tarvel", "2026-05-18"),
    ],
)  # fmt: skip
def test_events_releases_attacks_told_by_their_means(nlp: Language, text: str, target: str, day: str) -> None:
    (ev,) = [e for e in _events(nlp, text) if e.type == "MilitaryOperation"]
    assert ((ev.target + ev.place)[0], ev.date) == (target, day)


@pytest.mark.parametrize(
    "text",
    [
        "A forest fire killed two people near Tarvel on Monday.",
        "The minister came under fire in Tarvel on Monday.",
    ],
)
def test_events_releases_fire_without_a_weapon_is_no_attack(nlp: Language, text: str) -> None:
    assert not [e for e in _events(nlp, text) if e.type == "MilitaryOperation"]


@pytest.mark.parametrize(
    ("text", "label", "agent", "place", "when"),
    [
        ("The Government of Brevland extended the state of emergency in Dunmere province by two months on 8 "
         "October.", "State of emergency", ("agency/government-brevland",), "region/dunmere", ("2025-10-08", None)),
        ("The decree declares a state of emergency for 45 days, from 26 February, in the province of Tarvel.",
         "State of emergency", (), "settlement/tarvel", (None, "2026-02-26")),
        ("President Jon Harl declared martial law in Tarvel on Monday.", "Martial law", ("person/jon-harl",),
         "settlement/tarvel", ("2026-05-18", None)),
        ("A night curfew was imposed on Tarvel on Monday.", "Curfew", (), "settlement/tarvel", ("2026-05-18", None)),
    ],
)  # fmt: skip
def test_events_releases_emergency_measures_put_in_force(
    nlp: Language, text: str, label: str, agent: tuple[str, ...], place: str, when: tuple[str | None, str | None]
) -> None:
    (ev,) = _labelled(_events(nlp, text), label)
    assert (ev.agent, ev.place[0], (ev.date, ev.start_date)) == (agent, place, when)


@pytest.mark.parametrize(
    "text",
    [
        "The opposition called for a state of emergency in Tarvel.",
        "The state of emergency in Tarvel remains in force.",
        "The government could declare a state of emergency in Tarvel.",
        "The government did not declare a state of emergency in Tarvel.",
    ],
)
def test_events_releases_wanted_or_standing_measures_are_no_events(nlp: Language, text: str) -> None:
    assert not [e for e in _events(nlp, text) if e.label.startswith(("State of emergency", "Curfew", "Martial"))]


@pytest.mark.parametrize(
    ("text", "targets", "day"),
    [
        ("3. Firmly condemns the attack of 19 November 2025 by an armed group on the town of Tarvel, in Dunmere "
         "province, in which 17 civilians died;", ("settlement/tarvel", "region/dunmere"), "2025-11-19"),
        ("The Government deplores the assault on an outpost of the peacekeeping force near the village of "
         "Tarvel in northern Norway on 6 April 2026, in which four peacekeepers were wounded.",
         ("settlement/tarvel", "state/NO"), "2026-04-06"),
    ],
)  # fmt: skip
def test_events_releases_attack_struck_deep_in_its_phrase(
    nlp: Language, text: str, targets: tuple[str, ...], day: str
) -> None:
    (ev,) = [e for e in _events(nlp, text) if e.type == "MilitaryOperation"]
    assert (ev.target, ev.date) == (targets, day)


@pytest.mark.parametrize(
    "text",
    [
        "OSLO, 5 February 2026 - Norway's parliament approved on Wednesday the resolution that calls a national "
        "referendum on the fishing rules.",
        "OSLO, 5 February 2026 - The ruling party of Norway proposed on Tuesday a nationwide referendum on the rules.",
    ],
)
def test_events_releases_a_national_referendum_is_the_datelines_state(nlp: Language, text: str) -> None:
    (ev,) = [e for e in _events(nlp, text) if e.type == "Referendum"]
    assert (ev.place, ev.date, ev.start_date, ev.end_date) == (("state/NO",), None, None, None)


@pytest.mark.parametrize(
    ("text", "origin", "destination"),
    [
        ("Since 1 January, 1,150 Afghans have returned home voluntarily from Iran.", "state/IR", "state/AF"),
        ("About 1,150 Syrians went home from Turkey last month.", "state/TR", "state/SY"),
    ],
)
def test_events_releases_people_going_home_go_to_their_own_state(
    nlp: Language, text: str, origin: str, destination: str
) -> None:
    (ev,) = [e for e in _events(nlp, text) if e.type == "BorderCrossing"]
    assert (ev.origin, ev.destination, ev.count) == ((origin,), (destination,), 1150)


def test_events_releases_a_crowd_going_home_is_no_crossing(nlp: Language) -> None:
    assert not _events(nlp, "The 40 students went home after the exam in Tarvel.")


@pytest.mark.parametrize(
    "text",
    [
        "The Embassy confirms that a Norwegian citizen was detained by the Brevland Border Police at Tarvel on "
        "Saturday 26 July.",
        "The Brevland Border Police arrested a Norwegian journalist at Tarvel on Saturday 26 July.",
    ],
)
def test_events_releases_one_person_held_by_a_named_body(nlp: Language, text: str) -> None:
    (ev,) = _labelled(_events(nlp, text), "Arrest")
    assert (ev.agent, ev.place, ev.date) == (("agency/border-police-brevland",), ("settlement/tarvel",), "2025-07-26")


def test_events_releases_one_person_held_by_nobody_named_is_no_event(nlp: Language) -> None:
    assert not _labelled(_events(nlp, "A man was detained at Tarvel on Saturday 26 July."), "Arrest")


@pytest.mark.parametrize(
    ("text", "destination", "count"),
    [
        ("More than 6,000 people from Russia had registered in northern Norway since January.", "state/NO", 6000),
        ("About 5,000 refugees from Russia have registered in Norway since March.", "state/NO", 5000),
        ("Some 2,300 Russian refugees were registered in Tarvel last week.", "settlement/tarvel", 2300),
    ],
)
def test_events_releases_people_registered_somewhere_arrived_there(
    nlp: Language, text: str, destination: str, count: int
) -> None:
    (ev,) = [e for e in _events(nlp, text) if e.type == "BorderCrossing"]
    assert (ev.origin, ev.destination, ev.count) == (("state/RU",), (destination,), count)


@pytest.mark.parametrize(
    "text",
    [
        "About 5,000 voters registered in Tarvel on Monday.",
        "The company registered 300 new workers in Tarvel.",
    ],
)
def test_events_releases_voters_and_staff_registered_are_no_flow(nlp: Language, text: str) -> None:
    assert not [e for e in _events(nlp, text) if e.type == "BorderCrossing"]


def test_events_releases_an_attack_people_fled_is_background(nlp: Language) -> None:
    text = "More than 2,500 people have fled attacks by armed groups in Tarvel and Oskeny since 24 September."
    assert not [e for e in _events(nlp, text) if e.type == "MilitaryOperation"]


@pytest.mark.parametrize(
    "text",
    [
        "Last week the Coastal Crime Agency arrested 14 people suspected of organising crossings.",
        "Fourteen people were arrested by the Coastal Crime Agency on Tuesday.",
    ],
)
def test_events_releases_a_counted_arrest_by_a_named_body(nlp: Language, text: str) -> None:
    (ev,) = _labelled(_events(nlp, text), "Arrest")
    assert (ev.agent, ev.count) == (("agency/coastal-crime-agency",), 14)


@pytest.mark.parametrize(
    "text",
    [
        "They arrested 14 people on Tuesday.",
        "The Coastal Crime Agency arrested 215 people who had crossed into Norway illegally last week.",
    ],
)
def test_events_releases_counted_arrests_by_nobody_named_or_of_a_crossing_are_no_arrests(
    nlp: Language, text: str
) -> None:
    assert not _labelled(_events(nlp, text), "Arrest")


def test_events_releases_arrivals_registered_somewhere_are_one_flow(nlp: Language) -> None:
    text = "Since 1 September, 15,900 new arrivals from Russia have been registered in Tarvel."
    (ev,) = [e for e in _events(nlp, text) if e.type == "BorderCrossing"]
    assert (ev.origin, ev.destination, ev.count, ev.start_date) == (
        ("state/RU",),
        ("settlement/tarvel",),
        15900,
        "2025-09-01",
    )


@pytest.mark.parametrize(
    ("text", "count", "agent", "change"),
    [
        (
            "The Brevland Border Police reported 1,310 arrests of people crossing without papers in the "
            "first ten months of 2026, 18 per cent fewer than a year earlier.",
            1310,
            "agency/border-police-brevland",
            -18.0,
        ),
        (
            "The Coastal Crime Agency recorded 240 arrests in Tarvel in the first ten months of 2026.",
            240,
            "agency/coastal-crime-agency",
            None,
        ),
        (
            "Officers of the Coastal Crime Agency made 57 detentions in Tarvel and Oskeny"
            " in the first ten months of 2026.",
            57,
            "agency/coastal-crime-agency",
            None,
        ),
    ],
)
def test_events_releases_arrests_counted_by_their_own_noun(
    nlp: Language, text: str, count: int, agent: str, change: float | None
) -> None:
    (ev,) = _labelled(_events(nlp, text), "Arrest")
    assert (ev.agent[0], ev.count, ev.change_percent) == (agent, count, change)
    assert (ev.start_date, ev.end_date) == ("2026-01-01", "2026-10-31")
    assert (agent in ev.reported_by) == (" made " not in text)  # a body "reported" / "recorded" its figure


@pytest.mark.parametrize(
    "text",
    [
        "Police in Tarvel have warned of arrests.",  # no count, no "of" phrase: nothing done
        "The Coastal Crime Agency asked for 30 arrest warrants in Tarvel.",  # a warrant is no arrest
    ],
)
def test_events_releases_uncounted_or_wanted_arrests_stay_silent(nlp: Language, text: str) -> None:
    assert _labelled(_events(nlp, text), "Arrest") == []
