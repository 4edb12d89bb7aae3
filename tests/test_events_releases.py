"""Events as releases and operational updates word them: arrests told by a noun or in the passive,
placed beside a town; operations dated by the participle after their name; attacks told by their
means (an ambush, artillery fire, shelling as a subject); emergency measures put in force; periods
of whole months; a thread's post counter.

Every story here is invented for the test; each class is shown in two or more wordings, with a
near miss that must stay silent. Entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import entities_named
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
    "Tarvel": ("settlement/tarvel", "Settlement"),
    "Oskeny": ("settlement/oskeny", "Settlement"),
    "Kessova": ("settlement/kessova", "Settlement"),
    "Dunmere province": ("region/dunmere", "Region"),
    "Jon Harl": ("person/jon-harl", "Person"),
    "Government of Brevland": ("agency/government-brevland", "Agency"),
}


def _events(nlp: Language, text: str) -> tuple[Event, ...]:
    article = Article(id="t", text=text, source="test", published=PUB)
    return find_events(nlp(text), article, entities_named(text, NAMES), ())


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
        ("The inquiry has led to the detention of 14 suspects in Tarvel and Oskeny on 20 May.", 14, "2026-05-20"),
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
        "3/7 Since 1 November, 412 asylum seekers have arrived in Norway.",
        "Update 3/7: since 1 November, another 412 people have come to Norway.",
    ],
)
def test_events_releases_a_threads_post_counter_is_no_count(nlp: Language, text: str) -> None:
    assert [q.quantity.count for q in find_quantities(text)] == [412]
    counts = [e.count for e in _events(nlp, "Over the past week, 96 people arrived in Norway from Russia.\n\n" + text)]
    assert 3 not in counts and 7 not in counts


@pytest.mark.parametrize(
    "text",
    [
        "Since 1 January, 3,950 people have entered Kessova.",
        "Over the weekend, about 3,950 migrants reached Kessova.",
    ],
)
def test_events_releases_a_town_read_as_an_adverb_is_still_where_they_went(nlp: Language, text: str) -> None:
    doc = nlp(text)
    (town,) = [t for t in doc if t.text == "Kessova"]
    town.dep_ = "advmod"  # as the parser reads some town names after "entered" at a clause's end
    article = Article(id="t", text=text, source="test", published=PUB)
    (ev,) = [e for e in find_events(doc, article, entities_named(text, NAMES), ()) if e.type == "BorderCrossing"]
    assert (ev.destination, ev.count) == (("settlement/kessova",), 3950)


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
        ("The Government of Brevland extended the state of emergency in Dunmere province by three months on 3 "
         "October.", "State of emergency", ("agency/government-brevland",), "region/dunmere", ("2025-10-03", None)),
        ("The decree declares a state of emergency for 60 days, from 21 February, in the province of Tarvel.",
         "State of emergency", (), "settlement/tarvel", (None, "2026-02-21")),
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
