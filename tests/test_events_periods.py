"""Periods of events: a figure for a whole month, and periods still to come.

Every sentence is invented for the test, each class in two or more wordings. Entities are built by
hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import entities_named
from spacy.language import Language

from kg.extract.events import find_events
from kg.model import Article, Event

#: A Thursday in March.
PUB = date(2023, 3, 16)

PLACES = {
    "Ruritania": ("state/RU-X", "State"),
    "Borduria": ("state/BO-X", "State"),
    "Lake County": ("region/lake-county", "Region"),
    "Elm Bridge": ("checkpoint/elm-bridge", "Checkpoint"),
}


def _events(nlp: Language, text: str) -> tuple[Event, ...]:
    entities = entities_named(text, PLACES)
    return find_events(nlp(text), Article(id="t", text=text, source="test", published=PUB), entities, ())


@pytest.mark.parametrize(
    "text",
    [
        "Some 2,310 people crossed from Borduria into Lake County in February, officials said.",
        "In January, 2,310 Bordurians arrived in Ruritania.",
    ],
)
def test_events_periods_figure_for_a_month_covers_the_month(nlp: Language, text: str) -> None:
    (ev,) = [e for e in _events(nlp, text) if e.type == "BorderCrossing"]
    month = ev.date
    assert month in ("2023-01", "2023-02")
    last = "31" if month == "2023-01" else "28"
    assert (ev.start_date, ev.end_date) == (f"{month}-01", f"{month}-{last}")


def test_events_periods_month_not_over_has_a_start_only(nlp: Language) -> None:
    (ev,) = [e for e in _events(nlp, "Some 2,310 people crossed from Borduria into Lake County in March.")]
    assert (ev.date, ev.start_date, ev.end_date) == ("2023-03", "2023-03-01", None)


@pytest.mark.parametrize(
    "text",
    [
        "The crossing at Elm Bridge will be closed from 17 to 20 February.",
        "Ruritania will close the Elm Bridge crossing from 17 to 20 February for repairs.",
    ],
)
def test_events_periods_period_still_to_come_is_next_year(nlp: Language, text: str) -> None:
    (ev,) = [e for e in _events(nlp, text) if e.type == "BorderClosure"]
    assert (ev.start_date, ev.end_date) == ("2024-02-17", "2024-02-20")


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania will close the Elm Bridge crossing in January.",
        "The crossing at Elm Bridge will be shut in January.",
    ],
)
def test_events_periods_month_still_to_come_is_next_year(nlp: Language, text: str) -> None:
    (ev,) = [e for e in _events(nlp, text) if e.type == "BorderClosure"]
    assert ev.date == "2024-01"


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania held a referendum on independence on 5 March, days after it closed its border with Borduria.",
        "The referendum in Ruritania took place on 5 March, while talks on a new treaty ended without a deal.",
    ],
)
def test_events_periods_end_verb_of_another_clause_leaves_the_vote_day(nlp: Language, text: str) -> None:
    (ev,) = [e for e in _events(nlp, text) if e.type == "Referendum"]
    assert (ev.date, ev.end_date) == ("2023-03-05", None)


@pytest.mark.parametrize(
    "text",
    [
        "Voting in the referendum in Ruritania ended on 5 March.",
        "After four days, polling in the referendum in Ruritania closed on 5 March.",
    ],
)
def test_events_periods_end_verb_of_the_vote_ends_it(nlp: Language, text: str) -> None:
    (ev,) = [e for e in _events(nlp, text) if e.type == "Referendum"]
    assert (ev.date, ev.end_date) == (None, "2023-03-05")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("During the day, troops from Borduria shelled Lake County 40 times.", "2023-03-16"),
        ("In the morning, a drone struck a depot in Lake County.", "2023-03-16"),
        ("On 9 March the roads were calm. In the afternoon, a drone struck a depot in Lake County.", "2023-03-09"),
    ],
)
def test_events_periods_part_of_the_day_is_the_story_day(nlp: Language, text: str, day: str) -> None:
    (ev,) = [e for e in _events(nlp, text) if e.type == "MilitaryOperation"]
    assert ev.date == day


BODY = {**PLACES, "Border Office": ("organization/border-office", "Agency")}


@pytest.mark.parametrize(
    "text",
    [
        "Between 6 and 8 March, some 3,100 people crossed into Ruritania from Borduria, the Border Office "
        "said. Of them, 1,200 entered Lake County.",
        "Between Friday and Sunday, officers checked 3,100 travellers at the border of Ruritania, the Border "
        "Office reported. Of these, 1,200 people entered Ruritania from Borduria.",
    ],
)
def test_events_periods_part_of_a_figure_takes_its_time(nlp: Language, text: str) -> None:
    entities = entities_named(text, BODY)
    events = find_events(nlp(text), Article(id="t", text=text, source="test", published=PUB), entities, ())
    (part,) = [e for e in events if e.type == "BorderCrossing" and e.count == 1200]
    assert part.start_date is not None and part.start_date < part.end_date < "2023-03-16"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "The Border Office is concerned about the displacement of some 9,000 people from Lake County since "
            "the beginning of February, of whom 4,100 have crossed into Borduria.",
            "2023-02-01",
        ),
        (
            "Some 9,000 residents of Lake County were displaced in January, of whom 4,100 crossed into Borduria.",
            "2023-01-01",
        ),
    ],
)
def test_events_periods_part_in_a_clause_takes_the_time_of_its_whole(nlp: Language, text: str, start: str) -> None:
    (part,) = [e for e in _events(nlp, text) if e.type == "BorderCrossing" and e.count == 4100]
    assert part.start_date == start


#: People and places of the tests of days still to come.
VISITORS = {
    **PLACES,
    "Ana Rojas": ("person/ana-rojas", "Person"),
    "Jon Harl": ("person/jon-harl", "Person"),
    "Elmton": ("settlement/elmton", "Settlement"),
}


def _visits(nlp: Language, text: str) -> list[Event]:
    article = Article(id="t", text=text, source="test", published=PUB)
    found = find_events(nlp(text), article, entities_named(text, VISITORS), ())
    return [e for e in found if e.type == "Event"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The Minister, Ana Rojas, will travel to Elmton on Tuesday to review the posts.", "2023-03-21"),
        ("Ana Rojas will visit Elmton on Monday.", "2023-03-20"),
        ("Ana Rojas will meet Jon Harl in Elmton on Wednesday.", "2023-03-22"),
        ("Ana Rojas visited Elmton on Monday.", "2023-03-13"),  # done: the last Monday
    ],
)
def test_events_periods_weekday_of_a_visit_still_to_come_is_the_next(nlp: Language, text: str, day: str) -> None:
    (ev,) = _visits(nlp, text)
    assert ev.date == day


def test_events_periods_weekday_of_the_saying_does_not_date_what_is_to_come(nlp: Language) -> None:
    (ev,) = _visits(nlp, "Ana Rojas said on Monday she will visit Elmton.")
    assert ev.date is None


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The Elm Bridge crossing will be closed to all traffic from Monday.", "2023-03-20"),
        ("From Tuesday, the Elm Bridge crossing will be closed to trucks.", "2023-03-21"),
        ("The Elm Bridge crossing has been closed since Monday.", "2023-03-13"),  # begun: the last Monday
    ],
)
def test_events_periods_closure_still_to_come_starts_on_the_next_weekday(nlp: Language, text: str, start: str) -> None:
    (ev,) = [e for e in _events(nlp, text) if e.type == "BorderClosure"]
    assert ev.start_date == start


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("The Elm Bridge crossing, closed since 2 February, will reopen on 30 March.", "2023-03-30"),
        ("The Elm Bridge crossing has been closed since 2 February and will reopen on Monday.", "2023-03-20"),
        (
            "The two sides agreed that the Elm Bridge crossing, which has been closed to traffic since "
            "February 2 because of floods, will reopen to traders on April 4.",
            "2023-04-04",
        ),
        # another crossing reopening says nothing of this closure's end
        (
            "The Elm Bridge crossing has been closed since 2 February; the Lake County crossing reopens on 30 March.",
            None,
        ),
    ],
)
def test_events_periods_closure_ends_on_the_day_its_sentence_reopens_it(
    nlp: Language, text: str, end: str | None
) -> None:
    (ev,) = [e for e in _events(nlp, text) if e.type == "BorderClosure" and e.start_date]
    assert (ev.start_date, ev.end_date) == ("2023-02-02", end)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Ruritania closed its land border with Borduria on Monday.", "2023-03-13"),
        ("The Elm Bridge crossing was shut on 3 March after clashes.", "2023-03-03"),
        ("The Elm Bridge crossing remained closed on Monday.", None),  # a state on that day, begun before
    ],
)
def test_events_periods_closure_on_a_day_closes_from_that_day(nlp: Language, text: str, start: str | None) -> None:
    (ev,) = [e for e in _events(nlp, text) if e.type == "BorderClosure"]
    assert ev.date is not None
    assert ev.start_date == start
