"""Events in the phrasing of briefings, readouts and broadcast scripts, in two or more wordings each.

Every sentence is invented for the test, with a near miss that must stay silent. Entities are built
by hand so that only event reading is tested.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from named_entities import entities_named
from spacy.language import Language

from kg.extract.events import find_events
from kg.model import Article, Entity, Event, Span, Statement

#: A Thursday.
PUB = date(2023, 6, 15)


def _events(nlp: Language, text: str, names: dict[str, tuple[str, str]]) -> tuple[Event, ...]:
    entities = entities_named(text, names)
    return find_events(nlp(text), Article(id="t", text=text, source="test", published=PUB), entities, ())


PLACES = {
    "Ruritania": ("state/RU-X", "State"),
    "Borduria": ("state/BO-X", "State"),
    "Lake County": ("region/lake-county", "Region"),
    "Port Vale": ("settlement/port-vale", "Settlement"),
    "Elm Bridge": ("checkpoint/elm-bridge", "Checkpoint"),
}


@pytest.mark.parametrize(
    "text",
    [
        "Some 4,300 people from Borduria have arrived in the camps in Lake County since May.",
        "About 4,300 Bordurians reached the reception centres near Lake County since May.",
    ],
)
def test_events_spoken_destination_inside_a_facility_and_origin_from(nlp: Language, text: str) -> None:
    (ev,) = [e for e in _events(nlp, text, PLACES) if e.type == "BorderCrossing"]
    assert (ev.destination, ev.origin, ev.count) == (("region/lake-county",), ("state/BO-X",), 4300)


def test_events_spoken_facility_without_a_named_place_is_no_destination(nlp: Language) -> None:
    text = "Some 4,300 people have arrived in the camps since May."
    assert [e for e in _events(nlp, text, PLACES) if e.type == "BorderCrossing"] == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("An airstrike hit the central market in Port Vale on Tuesday morning.", "2023-06-13"),
        ("A drone strike destroyed a school near Port Vale on Monday.", "2023-06-12"),
    ],
)
def test_events_spoken_strike_that_hits_a_place(nlp: Language, text: str, day: str) -> None:
    (ev,) = _events(nlp, text, PLACES)
    assert (ev.type, ev.place, ev.date) == ("MilitaryOperation", ("settlement/port-vale",), day)


def test_events_spoken_strike_hitting_nothing_named_is_silent(nlp: Language) -> None:
    assert _events(nlp, "An airstrike hit the central market on Tuesday.", PLACES) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania closed its crossing at Elm Bridge. Officials said the crossing was shut at midnight on Tuesday.",
        "Ruritania has shut the Elm Bridge crossing. The border guard said the crossing was closed on Tuesday.",
    ],
)
def test_events_spoken_closure_restated_through_the_crossing(nlp: Language, text: str) -> None:
    (ev,) = _events(nlp, text, {**PLACES, "the crossing": ("checkpoint/elm-bridge", "Checkpoint")})
    assert (ev.type, ev.target, ev.date) == ("BorderClosure", ("checkpoint/elm-bridge",), "2023-06-13")


@pytest.mark.parametrize(
    "text",
    [
        "The Elm Bridge was closed to all traffic on Tuesday after shelling nearby.",
        "Border guards closed the Elm Bridge to cars on Tuesday.",
    ],
)
def test_events_spoken_closed_bridge(nlp: Language, text: str) -> None:
    (ev,) = [e for e in _events(nlp, text, PLACES) if e.type == "BorderClosure"]
    assert ev.target == ("checkpoint/elm-bridge",)


@pytest.mark.parametrize(
    ("text", "target", "place"),
    [
        ("Ruritania reopened its border with Borduria on Tuesday.", (), ("state/BO-X",)),
        (
            "The government said it would reopen the crossing at Elm Bridge to aid convoys.",
            ("checkpoint/elm-bridge",),
            ("checkpoint/elm-bridge",),  # reopened there (kg.extract.event_reopened)
        ),
    ],
)
def test_events_spoken_reopening(nlp: Language, text: str, target: tuple[str, ...], place: tuple[str, ...]) -> None:
    (ev,) = _events(nlp, text, PLACES)
    assert (ev.type, ev.label.split()[0], ev.target, ev.place) == ("Event", "Reopening", target, place)


def test_events_spoken_reopened_shop_is_no_reopening(nlp: Language) -> None:
    assert _events(nlp, "The bakery in Port Vale reopened on Tuesday.", PLACES) == ()


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Ruritania held a general election on 4 June.", "2023-06-04"),
        ("Voters in Ruritania went to the polls on Sunday.", "2023-06-11"),
        ("The people of Ruritania went to the polls on 4 June.", "2023-06-04"),
    ],
)
def test_events_spoken_election_held_by_a_state(nlp: Language, text: str, day: str) -> None:
    (ev,) = _events(nlp, text, PLACES)
    assert (ev.type, ev.label, ev.place, ev.date) == ("Referendum", "Election in Ruritania", ("state/RU-X",), day)


def test_events_spoken_polls_as_surveys_are_no_election(nlp: Language) -> None:
    assert _events(nlp, "Polls in Ruritania show the government ahead.", PLACES) == ()


@pytest.mark.parametrize(
    "lead",
    [
        "Voters in Lake County have approved a new charter.",
        "The people of Lake County backed the new charter.",
    ],
)
def test_events_spoken_referendum_placed_by_the_voters_just_before(nlp: Language, lead: str) -> None:
    text = f"{lead} Official results show 61.2 percent voting yes in Sunday's referendum."
    (ev,) = _events(nlp, text, PLACES)
    assert (ev.type, ev.place, ev.result_percent, ev.date) == (
        "Referendum",
        ("region/lake-county",),
        61.2,
        "2023-06-11",
    )


def test_events_spoken_referendum_after_talks_elsewhere_is_not_placed_there(nlp: Language) -> None:
    text = "Talks in Lake County ended. Official results show 61.2 percent voting yes in Sunday's referendum."
    assert not [e for e in _events(nlp, text, PLACES) if e.type == "Referendum"]  # the talks are an event


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania and the Coastal Front signed an agreement that ends the offensive in Lake County.",
        "On Monday Ruritania and the Coastal Front signed a ceasefire accord which halts the offensive.",
    ],
)
def test_events_spoken_agreement_ending_a_war_is_a_signing(nlp: Language, text: str) -> None:
    names = {**PLACES, "Coastal Front": ("organization/coastal-front", "Organization")}
    signed = [e for e in _events(nlp, text, names) if e.type == "Event"]
    assert [set(e.agent) for e in signed] == [{"state/RU-X", "organization/coastal-front"}]


AGENTS = {
    **PLACES,
    "Harbour Mission": ("organization/harbour-mission", "Organization"),
    "Coast Guard Agency": ("agency/coast-guard-agency", "Agency"),
}


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Mission says it has deployed 135 peacekeepers to Port Vale.",
        "On Monday the Harbour Mission told reporters that it had sent 135 officers to Port Vale.",
    ],
)
def test_events_spoken_it_in_a_reported_clause_is_the_one_who_says_it(nlp: Language, text: str) -> None:
    text = f"The Coast Guard Agency held a drill. {text}"
    (ev,) = [e for e in _events(nlp, text, AGENTS) if e.label.startswith("Deployment")]
    assert (ev.agent, ev.place, ev.count) == (("organization/harbour-mission",), ("settlement/port-vale",), 135)


@pytest.mark.parametrize(
    "text",
    [
        "Aid arrived with the Harbour Mission, which deployed 200 police officers to Port Vale last week.",
        "Officials thanked the Harbour Mission, which sent 200 soldiers to Port Vale on Monday.",
    ],
)
def test_events_spoken_relative_clause_subject_is_the_noun_it_describes(nlp: Language, text: str) -> None:
    (ev,) = [e for e in _events(nlp, text, AGENTS) if e.label.startswith("Deployment")]
    assert (ev.agent, ev.place, ev.count) == (("organization/harbour-mission",), ("settlement/port-vale",), 200)


def test_events_spoken_election_after_a_vocative(nlp: Language) -> None:
    (ev,) = _events(nlp, "Excellencies, Ruritania held a general election on 4 June.", PLACES)
    assert (ev.label, ev.date) == ("Election in Ruritania", "2023-06-04")


def test_events_spoken_who_clause_on_a_speaker_is_background(nlp: Language) -> None:
    names = {**AGENTS, "Mira Holt": ("person/mira-holt", "Person")}
    text = "Mira Holt, who visited Port Vale last Monday, said the shelters were full."
    assert [e for e in _events(nlp, text, names) if e.label.startswith("Visit")] == []


@pytest.mark.parametrize(
    "line",
    [
        "The Coast Guard Agency reports that some 2,600 people arrived in Lake County since Sunday.",
        "According to the Coast Guard Agency, about 2,600 people have arrived in Lake County since Sunday.",
    ],
)
def test_events_spoken_figure_a_speaker_cites_is_the_cited_sources(nlp: Language, line: str) -> None:
    names = {**AGENTS, "Mira Holt": ("person/mira-holt", "Person")}
    text = f"Spokesperson Mira Holt: Good afternoon. {line}"
    turn = text.index("Good")
    said = Statement("person/mira-holt", text[turn:], Span(turn, len(text), text[turn:]), ())
    spans: dict[str, list[Span]] = {}
    for name, (key, _) in names.items():
        spans.setdefault(key, []).extend(Span(m.start(), m.end(), name) for m in re.finditer(re.escape(name), text))
    entities = tuple(Entity(k, t, n, tuple(spans[k])) for n, (k, t) in names.items() if spans.get(k))
    article = Article(id="t", text=text, source="test", published=PUB)
    (ev,) = [e for e in find_events(nlp(text), article, entities, (said,)) if e.type == "BorderCrossing"]
    assert (ev.count, ev.reported_by) == (2600, ("agency/coast-guard-agency",))


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania will station 200 officers on the beaches between Borduria Point and Port Vale from July.",
        "Ruritania deployed 200 soldiers along the coast near Port Vale on Monday.",
    ],
)
def test_events_spoken_deployment_posted_on_or_along_a_place(nlp: Language, text: str) -> None:
    names = {**PLACES, "Borduria Point": ("organization/borduria-point", "Organization")}
    (ev,) = [e for e in _events(nlp, text, names) if e.label.startswith("Deployment")]
    assert (ev.place, ev.count) == (("settlement/port-vale",), 200)


def test_events_spoken_deployment_on_a_day_has_no_place(nlp: Language) -> None:
    # a named sender and a head count make the deployment (test_events_sent_forces); "on Monday" is its day
    (ev,) = _events(nlp, "Ruritania sent 200 soldiers on Monday.", PLACES)
    assert (ev.place, ev.count) == ((), 200)


@pytest.mark.parametrize(
    "text",
    [
        "Trade resumed at the crossing at Elm Bridge, which had been closed to traffic since 2 May.",
        "Officials inspected the Elm Bridge crossing, which was shut on 2 May after the floods.",
    ],
)
def test_events_spoken_closure_in_a_relative_clause_closes_its_antecedent(nlp: Language, text: str) -> None:
    (ev,) = [e for e in _events(nlp, text, PLACES) if e.type == "BorderClosure"]
    assert ev.target == ("checkpoint/elm-bridge",)
    assert "2023-05-02" in (ev.date, ev.start_date)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The crossing at Elm Bridge will reopen on 2 March.", "2024-03-02"),
        ("Voters in Ruritania will go to the polls on 5 February.", "2024-02-05"),
    ],
)
def test_events_spoken_day_and_month_still_to_come_is_next_year(nlp: Language, text: str, day: str) -> None:
    (ev,) = _events(nlp, text, PLACES)
    assert ev.date == day


@pytest.mark.parametrize(
    "body",
    [
        "the government in Port Vale announced that it would reopen the crossing at Elm Bridge",
        "the authorities in Port Vale said that it would reopen the crossing at Elm Bridge",
    ],
)
def test_events_spoken_it_of_an_unnamed_government_is_not_the_last_state(nlp: Language, body: str) -> None:
    text = f"Ruritania closed its border with Borduria last year. On Monday, {body}."
    names = {**PLACES, "Port Vale": ("settlement/port-vale", "Settlement")}
    (ev,) = [e for e in _events(nlp, text, names) if e.label.startswith("Reopening")]
    assert "state/BO-X" not in ev.agent
    assert ev.target == ("checkpoint/elm-bridge",)
