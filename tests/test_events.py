"""Events: triggers, arguments, figures, time and attribution, on stories written for the tests.

Entities are built by hand (every occurrence of a given name), so these tests exercise event
reading alone; the real model parses the text.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from spacy.language import Language

from kg.extract.events import find_events
from kg.model import Article, Entity, Event, Span, Statement

#: A Thursday.
PUB = date(2023, 6, 15)


def _entities(text: str, names: dict[str, tuple[str, str]]) -> tuple[Entity, ...]:
    by_key: dict[str, list[Span]] = {}
    types: dict[str, tuple[str, str]] = {}
    for name, (key, type_) in names.items():
        for m in re.finditer(re.escape(name), text):
            by_key.setdefault(key, []).append(Span(m.start(), m.end(), name))
        types.setdefault(key, (type_, name))
    return tuple(Entity(k, types[k][0], types[k][1], tuple(sorted(v))) for k, v in by_key.items())


def _events(
    nlp: Language,
    text: str,
    names: dict[str, tuple[str, str]],
    statements: tuple[Statement, ...] = (),
    published: date | None = PUB,
) -> tuple[Event, ...]:
    article = Article(id="t", text=text, source="test", published=published)
    return find_events(nlp(text), article, _entities(text, names), statements)


def _only(events: tuple[Event, ...], type_: str) -> list[Event]:
    return [e for e in events if e.type == type_]


def test_events_wire_crossing_with_change_period_and_source(nlp: Language) -> None:
    text = (
        "The UNHCR said on Monday that some 12,000 Sudanese refugees crossed into Chad last week, "
        "40 percent more than in the week before."
    )
    (ev,) = _events(nlp, text, {"Chad": ("state/TD", "State"), "UNHCR": ("agency/unhcr", "Agency")})
    assert ev.type == "BorderCrossing"
    assert (ev.destination, ev.origin, ev.reported_by) == (("state/TD",), ("state/SD",), ("agency/unhcr",))
    assert (ev.count, ev.approximate, ev.change_percent) == (12000, True, 40.0)
    assert (ev.date, ev.start_date, ev.end_date) == (None, "2023-06-05", "2023-06-11")
    assert ev.label == "Arrivals from Sudan in Chad"
    for span in ev.evidence:
        assert text[span.start : span.end] == span.text


def test_events_follow_up_figures_continue_the_crossing_and_take_the_quote_speaker(nlp: Language) -> None:
    text = (
        "Arrivals of Belarusians to Poland nearly tripled to 2,000 a day, officials said.\n"
        "“There were 2,400 on Saturday (10) and just under 2,000 on Sunday (11), up from 600 to 700 before "
        "the crackdown on June 1,” spokeswoman Anna Nowak said."
    )
    q_start = text.index("“") + 1
    q_end = text.index(",”")
    quote = Span(q_start, q_end, text[q_start:q_end])
    statement = Statement("person/anna-nowak", quote.text, quote)
    names = {"Poland": ("state/PL", "State"), "Anna Nowak": ("person/anna-nowak", "Person")}
    events = _only(_events(nlp, text, names, (statement,)), "BorderCrossing")
    by_figure = {(e.count, e.count_min, e.count_max): e for e in events}
    assert set(by_figure) == {(2000, None, None), (2000, None, 2000), (2400, None, None), (None, 600, 700)}
    assert len(events) == 4
    rate = by_figure[(2000, None, None)]
    assert (rate.change_percent, rate.origin, rate.destination) == (200.0, ("state/BY",), ("state/PL",))
    assert rate.reported_by == ("person/anna-nowak",)
    sunday = by_figure[(2000, None, 2000)]
    assert sunday.date == "2023-06-11" and sunday.per_time_unit is None
    assert by_figure[(2400, None, None)].date == "2023-06-10"
    before = by_figure[(None, 600, 700)]
    assert (before.end_date, before.per_time_unit, before.reported_by) == (
        "2023-06-01",
        "day",
        ("person/anna-nowak",),
    )


def test_events_restated_figure_is_one_event_with_two_evidences(nlp: Language) -> None:
    text = (
        "Nearly 5,000 Afghans arrived in Iran over the past three days, the Interior Ministry said. "
        "In its count, about 5,000 Afghans reached Iran during the past three days."
    )
    names = {"Iran": ("state/IR", "State"), "Interior Ministry": ("agency/interior-ministry-iran", "Agency")}
    (ev,) = _events(nlp, text, names)
    assert len(ev.evidence) == 2
    assert (ev.count, ev.start_date, ev.end_date) == (5000, "2023-06-12", "2023-06-14")
    assert ev.reported_by == ("agency/interior-ministry-iran",)


def test_events_authorities_of_a_state_report_and_the_country_is_resolved(nlp: Language) -> None:
    text = "In Chad, authorities reported that 3,000 Sudanese have come into the country since June 1."
    (ev,) = _events(nlp, text, {"Chad": ("state/TD", "State")})
    assert (ev.destination, ev.origin, ev.reported_by) == (("state/TD",), ("state/SD",), ("state/TD",))
    assert (ev.count, ev.start_date, ev.end_date, ev.date) == (3000, "2023-06-01", None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Crossings could rise to 10,000 a day if the fighting spreads to Chad, the agency warned.",
        "Officials in Chad did not say how many people crossed the border.",
        "Chad has two crossing points and 3 million people.",
    ],
)
def test_events_hypothetical_or_figureless_crossings_are_not_events(nlp: Language, text: str) -> None:
    assert _only(_events(nlp, text, {"Chad": ("state/TD", "State")}), "BorderCrossing") == []


def test_events_mobilisation_british_spelling_agent_and_date(nlp: Language) -> None:
    text = (
        "President Aleksandar Vucic announced a partial mobilisation of reservists on Monday, "
        "state television reported. Men tried to leave to escape the mobilisation. "
        "A mobilisation office opened in Nis."
    )
    names = {
        "Aleksandar Vucic": ("person/aleksandar-vucic", "Person"),
        "Nis": ("settlement/nis", "Settlement"),
    }
    (ev,) = _only(_events(nlp, text, names), "Mobilization")
    assert (ev.agent, ev.date) == (("person/aleksandar-vucic",), "2023-06-12")
    assert len(ev.evidence) == 2  # the bare "escape the mobilisation" adds evidence; the office is no event


def test_events_referendum_end_date_result_and_place(nlp: Language) -> None:
    text = (
        "Voting in the independence referendum in Bougainville ended on Saturday. "
        "Officials said 97.7% of the votes backed independence."
    )
    (ev,) = _only(_events(nlp, text, {"Bougainville": ("region/bougainville", "Region")}), "Referendum")
    assert (ev.place, ev.end_date, ev.result_percent) == (("region/bougainville",), "2023-06-10", 97.7)


def test_events_military_operations_agent_target_and_month(nlp: Language) -> None:
    text = (
        "Azerbaijan launched an offensive against Nagorno-Karabakh on Tuesday. "
        "Baghdad's invasion of Kuwait in August 1990 is a precedent, analysts said."
    )
    names = {
        "Azerbaijan": ("state/AZ", "State"),
        "Nagorno-Karabakh": ("region/nagorno-karabakh", "Region"),
        "Baghdad": ("settlement/baghdad", "Settlement"),
        "Kuwait": ("state/KW", "State"),
    }
    events = {e.target: e for e in _only(_events(nlp, text, names), "MilitaryOperation")}
    karabakh = events[("region/nagorno-karabakh",)]
    assert (karabakh.agent, karabakh.date) == (("state/AZ",), "2023-06-13")
    kuwait = events[("state/KW",)]
    assert (kuwait.agent, kuwait.date) == (("state/IQ",), "1990-08")


def test_events_border_closure_of_a_checkpoint(nlp: Language) -> None:
    text = "Finland closed the Vaalimaa checkpoint on Friday, the interior ministry said."
    names = {"Finland": ("state/FI", "State"), "Vaalimaa": ("checkpoint/vaalimaa", "Checkpoint")}
    (ev,) = _only(_events(nlp, text, names), "BorderClosure")
    assert (ev.agent, ev.target, ev.date) == (("state/FI",), ("checkpoint/vaalimaa",), "2023-06-09")


def test_events_without_publication_date_keep_the_words_not_a_date(nlp: Language) -> None:
    text = "About 800 Venezuelans entered Colombia on Tuesday, Migracion Colombia said."
    names = {"Colombia": ("state/CO", "State"), "Migracion Colombia": ("agency/migracion-colombia", "Agency")}
    (ev,) = _events(nlp, text, names, published=None)
    assert (ev.date, ev.start_date, ev.end_date, ev.date_text) == (None, None, None, "on Tuesday")
    assert ev.destination == ("state/CO",)


def test_events_dateline_date_is_not_the_event_date(nlp: Language) -> None:
    text = "ABECHE, June 14 (Example Wire) - More than 900 Sudanese crossed into Chad over the past week."
    (ev,) = _events(nlp, text, {"Chad": ("state/TD", "State")})
    assert (ev.date, ev.start_date, ev.end_date) == (None, "2023-06-05", "2023-06-11")
    assert (ev.count, ev.count_min) == (900, 900)


def test_events_broadcast_referendum_place_from_the_sentence_and_vote_share(nlp: Language) -> None:
    text = (
        "REPORTER: Voters in Ecuador approved the reform in a referendum held on Sunday, "
        "with 58% voting in favour, the electoral council said."
    )
    (ev,) = _only(_events(nlp, text, {"Ecuador": ("state/EC", "State")}), "Referendum")
    assert (ev.place, ev.date, ev.result_percent) == (("state/EC",), "2023-06-11", 58.0)
    assert len(ev.evidence) == 1


def test_events_attempted_crossings_destination_from_the_reporting_border_guard(nlp: Language) -> None:
    text = (
        "According to the Latvian State Border Guard, nearly 2,000 attempts to cross the frontier were "
        "registered in May, up 25% from April. Patrols stopped 60 to 80 people a day near the town of Daugavpils."
    )
    names = {
        "Latvian State Border Guard": ("agency/state-border-guard-latvia", "Agency"),
        "Daugavpils": ("settlement/daugavpils", "Settlement"),
    }
    monthly, daily = _only(_events(nlp, text, names), "BorderCrossing")
    assert monthly.label == daily.label == "Attempted crossings into Latvia"
    assert (monthly.destination, monthly.reported_by) == (("state/LV",), ("agency/state-border-guard-latvia",))
    assert (monthly.count, monthly.change_percent, monthly.date) == (2000, 25.0, "2023-05")
    assert (daily.count_min, daily.count_max, daily.per_time_unit) == (60, 80, "day")
    assert daily.reported_by == ("agency/state-border-guard-latvia",)


def test_events_people_stopped_at_a_border_are_attempts_from_the_other_side(nlp: Language) -> None:
    text = "Hungarian police turned back 2,300 people at the Serbian border over the weekend."
    (ev,) = _events(nlp, text, {})
    assert (ev.label, ev.destination, ev.origin, ev.count) == (
        "Attempted crossings from Serbia into Hungary",
        ("state/HU",),
        ("state/RS",),
        2300,
    )
    text = "Some 900 migrants tried to cross into Lithuania from Belarus on Saturday, the border guard said."
    names = {"Lithuania": ("state/LT", "State"), "Belarus": ("state/BY", "State")}
    (ev,) = _events(nlp, text, names)
    assert (ev.label, ev.origin, ev.count, ev.date) == (
        "Attempted crossings from Belarus into Lithuania",
        ("state/BY",),
        900,
        "2023-06-10",
    )


def test_events_arrests_away_from_a_border_are_not_crossings(nlp: Language) -> None:
    text = "Police detained 40 protesters outside parliament in Vilnius on Monday."
    (ev,) = _events(nlp, text, {"Vilnius": ("settlement/vilnius", "Settlement")})
    assert (ev.type, ev.label, ev.count) == ("Event", "Arrest in Vilnius", 40)  # an arrest, no crossing


def test_events_attempts_and_arrivals_stay_apart(nlp: Language) -> None:
    text = (
        "About 3,000 people crossed into Greece from Turkey last week. About 3,000 attempts to cross "
        "into Greece were also thwarted last week, the coast guard said."
    )
    names = {"Greece": ("state/GR", "State"), "Turkey": ("state/TR", "State")}
    labels = sorted(e.label for e in _only(_events(nlp, text, names), "BorderCrossing"))
    assert labels == ["Arrivals from Turkey in Greece", "Attempted crossings into Greece"]


def test_events_vote_share_against_is_not_the_result(nlp: Language) -> None:
    text = "Voters in Ecuador rejected the reform in a referendum on Sunday, with 61% voting against it."
    (ev,) = _only(_events(nlp, text, {"Ecuador": ("state/EC", "State")}), "Referendum")
    assert (ev.place, ev.date, ev.result_percent) == (("state/EC",), "2023-06-11", None)
    text = "Voters in Ecuador rejected the reform in a referendum on Sunday, with 61% against and 39% in favour."
    (ev,) = _only(_events(nlp, text, {"Ecuador": ("state/EC", "State")}), "Referendum")
    assert ev.result_percent == 39.0


def test_events_announced_closure_keeps_only_its_own_future_day(nlp: Language) -> None:
    text = "Norway's government said on Monday it would close the border crossing at Storskog on Friday."
    names = {"Norway": ("state/NO", "State"), "Storskog": ("checkpoint/storskog", "Checkpoint")}
    (ev,) = _only(_events(nlp, text, names), "BorderClosure")
    assert ev.date == "2023-06-16"  # the Friday after publication, not Monday the 12th
    text = "Norway's government said on Monday it would close the border crossing at Storskog."
    (ev,) = _only(_events(nlp, text, names), "BorderClosure")
    assert (ev.date, ev.start_date, ev.end_date) == (None, None, None)
    text = "Norway said on Monday it could close the Storskog crossing if arrivals rise."
    assert _only(_events(nlp, text, names), "BorderClosure") == []


def test_events_call_up_participle_gives_the_count_and_the_announcement_day(nlp: Language) -> None:
    text = (
        "BAKU, June 15 (Caspian Wire) - Azerbaijan on Tuesday announced a partial mobilisation, "
        "calling up some 15,000 reservists, the defence ministry said."
    )
    (ev,) = _only(_events(nlp, text, {"Azerbaijan": ("state/AZ", "State")}), "Mobilization")
    assert (ev.agent, ev.count, ev.date) == (("state/AZ",), 15000, "2023-06-13")


def test_events_group_behind_a_quantity_is_the_origin(nlp: Language) -> None:
    text = "Tens of thousands of Venezuelans have crossed into Colombia since Monday, officials in Bogota said."
    names = {"Colombia": ("state/CO", "State"), "Bogota": ("settlement/bogota", "Settlement")}
    (ev,) = _only(_events(nlp, text, names), "BorderCrossing")
    assert (ev.origin, ev.destination, ev.count_min) == (("state/VE",), ("state/CO",), 10000)


def test_events_pushback_after_a_sentence_about_the_border(nlp: Language) -> None:
    text = (
        "PRESENTER: Tension is rising on the frontier between Spain and Morocco.\n"
        "REPORTER: Spanish police say they pushed back about 900 people on the beach at Ceuta overnight."
    )
    (ev,) = _only(_events(nlp, text, {"Ceuta": ("settlement/ceuta", "Settlement")}), "BorderCrossing")
    assert (ev.label, ev.destination, ev.count) == ("Attempted crossings into Spain", ("state/ES",), 900)


def test_events_town_of_x_is_x_not_the_last_town_named(nlp: Language) -> None:
    text = (
        "TORKHAM, June 15 (Example Wire) - Fighting has spread across the province.\n"
        "Some 2,000 Afghans reached the border town of Chaman on Tuesday, officials said."
    )
    names = {"TORKHAM": ("settlement/torkham", "Settlement"), "Chaman": ("settlement/chaman", "Settlement")}
    (ev,) = _only(_events(nlp, text, names), "BorderCrossing")
    assert (ev.destination, ev.count, ev.date) == (("settlement/chaman",), 2000, "2023-06-13")


def test_events_rate_written_after_the_verb(nlp: Language) -> None:
    text = "Between 600 and 900 Sudanese are crossing into Chad every day, the agency UNHCR said on Monday."
    (ev,) = _events(nlp, text, {"Chad": ("state/TD", "State"), "UNHCR": ("agency/unhcr", "Agency")})
    assert (ev.count_min, ev.count_max, ev.per_time_unit) == (600, 900, "day")
    assert ev.reported_by == ("agency/unhcr",)


def test_events_apposed_name_reports_the_figure(nlp: Language) -> None:
    text = "About 2,000 Haitians crossed into the Dominican Republic on Monday, the UN refugee agency UNHCR said."
    names = {
        "Dominican Republic": ("state/DO", "State"),
        "UN": ("organization/united-nations", "Organization"),
        "UNHCR": ("agency/unhcr", "Agency"),
    }
    (ev,) = _events(nlp, text, names)
    assert ev.reported_by == ("agency/unhcr",)


def test_events_week_to_a_day_is_the_seven_days_ending_then(nlp: Language) -> None:
    text = "In the week to Sunday (11), about 3,400 Afghans arrived in Iran, up 12% on the previous week."
    (ev,) = _events(nlp, text, {"Iran": ("state/IR", "State")})
    assert (ev.count, ev.start_date, ev.end_date, ev.change_percent) == (3400, "2023-06-05", "2023-06-11", 12.0)


def test_events_as_of_and_since_give_the_period_of_a_running_total(nlp: Language) -> None:
    text = "As of 18:00 on June 14, 9,870 people have entered Moldova from Transnistria since June 10, the police said."
    names = {"Moldova": ("state/MD", "State"), "Transnistria": ("region/transnistria", "Region")}
    (ev,) = _events(nlp, text, names)
    assert (ev.count, ev.date, ev.start_date, ev.end_date) == (9870, None, "2023-06-10", "2023-06-14")


def test_events_definite_bridge_follows_the_crossing_before_and_is_the_via(nlp: Language) -> None:
    text = (
        "Some 8,000 people entered Uruguay through the Fray Bentos Bridge last week, officials said. "
        "On Saturday (10) alone, 1,900 people crossed the bridge, the customs office said."
    )
    names = {"Uruguay": ("state/UY", "State"), "Fray Bentos Bridge": ("checkpoint/fray-bentos-bridge", "Checkpoint")}
    events = sorted(_only(_events(nlp, text, names), "BorderCrossing"), key=lambda e: e.count or 0)
    assert [(e.count, e.destination, e.via) for e in events] == [
        (1900, ("state/UY",), ("checkpoint/fray-bentos-bridge",)),
        (8000, ("state/UY",), ("checkpoint/fray-bentos-bridge",)),
    ]
    assert events[0].date == "2023-06-10"


def test_events_call_up_noun_with_count_and_armed_forces_agent(nlp: Language) -> None:
    text = (
        "The Defence Ministry of Armenia announced on Monday (12) the call-up of some 3,000 reservists, "
        "a day after Azerbaijan's armed forces began an offensive on Armenian territory on Sunday."
    )
    names = {
        "Defence Ministry of Armenia": ("agency/defense-ministry-armenia", "Agency"),
        "Azerbaijan": ("state/AZ", "State"),
    }
    events = _events(nlp, text, names)
    (mob,) = _only(events, "Mobilization")
    assert (mob.agent, mob.count, mob.date) == (("agency/defense-ministry-armenia",), 3000, "2023-06-12")
    (op,) = _only(events, "MilitaryOperation")
    assert (op.agent, op.target, op.date) == (("state/AZ",), ("state/AM",), "2023-06-11")


def test_events_attack_of_a_side_names_the_attacker(nlp: Language) -> None:
    text = "Villagers fled after the attack of the Eritrean side on Sunday."
    (op,) = _only(_events(nlp, text, {}), "MilitaryOperation")
    assert (op.agent, op.target) == (("state/ER",), ())


def test_events_vote_period_and_backing_share(nlp: Language) -> None:
    text = (
        "Voters in New Caledonia rejected nothing this time: 61.2% backing the proposal in a referendum, "
        "the electoral commission said.\n\n"
        "The ballot, which opened on May 29 and closed on June 4, drew a high turnout."
    )
    (ev,) = _only(_events(nlp, text, {"New Caledonia": ("region/new-caledonia", "Region")}), "Referendum")
    assert (ev.place, ev.result_percent) == (("region/new-caledonia",), 61.2)
    assert (ev.date, ev.start_date, ev.end_date) == (None, "2023-05-29", "2023-06-04")


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Workers Union announced the mobilization of 2,000 members on Monday.",
        "On Monday the Harbour Workers Union ordered a mobilization of its 2,000 members.",
    ],
)
def test_events_a_call_up_is_never_an_organizations(nlp: Language, text: str) -> None:
    """A union or a party "mobilizing" its members is no state's call-up (the shapes forbid it)."""
    names = {"Harbour Workers Union": ("organization/harbour-workers-union", "Organization")}
    mobilizations = _only(_events(nlp, text, names), "Mobilization")
    assert not [m for m in mobilizations if any(k.startswith("organization/") for k in m.agent)]
