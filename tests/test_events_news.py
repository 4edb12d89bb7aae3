"""Events the news reports beyond the six types, and the six types in other wordings.

Every story here is invented for the test; each class is shown in two or more wordings, with a
near miss that must stay silent. Entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

from named_entities import entities_named
from spacy.language import Language

from kg.extract.event_source import publisher_key
from kg.extract.events import find_events
from kg.extract.index import EntityIndex
from kg.model import Article, Event

#: A Thursday.
PUB = date(2023, 6, 15)


def _events(
    nlp: Language, text: str, names: dict[str, tuple[str, str]], publisher: str | None = None
) -> tuple[Event, ...]:
    article = Article(id="t", text=text, source="test", published=PUB, publisher=publisher)
    return find_events(nlp(text), article, entities_named(text, names), ())


def _kind(events: tuple[Event, ...], label: str) -> list[Event]:
    return [e for e in events if e.type == "Event" and e.label.startswith(label)]


PEOPLE = {
    "Ana Rojas": ("person/ana-rojas", "Person"),
    "Luis Vega": ("person/luis-vega", "Person"),
    "Erik Dahl": ("person/erik-dahl", "Person"),
    "Yaw Boateng": ("person/yaw-boateng", "Person"),
}


def test_events_news_talks_and_meetings_name_both_sides(nlp: Language) -> None:
    text = "Chilean Foreign Minister Ana Rojas spoke on Tuesday with her Peruvian counterpart Luis Vega."
    (ev,) = _kind(_events(nlp, text, PEOPLE), "Talks")
    assert set(ev.agent) == {"person/ana-rojas", "person/luis-vega"}
    assert ev.date == "2023-06-13"

    text = "Prime Minister Erik Dahl met President Yaw Boateng in Accra yesterday to discuss trade."
    names = {**PEOPLE, "Accra": ("settlement/accra", "Settlement")}
    (ev,) = _kind(_events(nlp, text, names), "Meeting")
    assert set(ev.agent) == {"person/erik-dahl", "person/yaw-boateng"}
    assert (ev.place, ev.date) == (("settlement/accra",), "2023-06-14")

    text = "We have just finished a very useful meeting with Prime Minister Erik Dahl."
    (ev,) = _kind(_events(nlp, text, PEOPLE), "Meeting")
    assert "person/erik-dahl" in ev.agent
    assert ev.date == "2023-06-15"  # just done: the day of the report


def test_events_news_talks_need_a_named_counterpart(nlp: Language) -> None:
    text = "Ana Rojas spoke with some of the families waiting at the station. Rebels were hosted by villagers."
    assert not [e for e in _events(nlp, text, PEOPLE) if e.type == "Event"]


def test_events_news_interviews_plans_and_standards_are_no_meetings(nlp: Language) -> None:
    names = {**PEOPLE, "NATO": ("organization/nato", "Organization"), "Ghana": ("state/GH", "State")}
    for text in (
        "The magazine spoke with Ana Rojas about her new book.",
        "She welcomed the efforts towards a summit between Erik Dahl and Yaw Boateng.",
        "The reforms help the army meet NATO standards.",
        "They were accused of trying to interfere in Ghana's elections.",
    ):
        assert not [e for e in _events(nlp, text, names) if e.type == "Event"], text


def test_events_news_deployments_with_count_place_and_sender(nlp: Language) -> None:
    names = {"Interpol": ("organization/interpol", "Organization"), "Moldova": ("state/MD", "State")}
    text = "Interpol deployed 60 officers to Moldova on Monday."
    (ev,) = _kind(_events(nlp, text, names), "Deployment")
    assert (ev.agent, ev.place, ev.count, ev.date) == (("organization/interpol",), ("state/MD",), 60, "2023-06-12")

    text = "Interpol agreed on Monday to start an urgent border intervention in Moldova."
    (ev,) = _kind(_events(nlp, text, names), "Intervention")
    assert (ev.agent, ev.place) == (("organization/interpol",), ("state/MD",))

    text = "Interpol sent a letter to Moldova on Monday."
    assert not _kind(_events(nlp, text, names), "Deployment")


def test_events_news_requests_for_assistance(nlp: Language) -> None:
    names = {"Red Cross": ("organization/red-cross", "Organization"), "Chile": ("state/CL", "State")}
    text = "Chilean authorities sent a formal request for assistance to the Red Cross on Saturday evening."
    (ev,) = _kind(_events(nlp, text, names), "Request")
    assert (ev.agent, ev.target, ev.date) == (("state/CL",), ("organization/red-cross",), "2023-06-10")

    for text in (
        "Chile asked the Red Cross for help after the floods.",
        "Chile has requested the Red Cross's assistance.",
    ):
        (ev,) = _kind(_events(nlp, text, names), "Request")
        assert (ev.agent, ev.target) == (("state/CL",), ("organization/red-cross",)), text


def test_events_news_adopted_texts_aid_and_elections(nlp: Language) -> None:
    names = {
        "the Commission": ("agency/commission", "Agency"),
        "Gabriel Soto": ("person/gabriel-soto", "Person"),
        "Japan": ("state/JP", "State"),
        "Peru": ("state/PE", "State"),
        "Ghana": ("state/GH", "State"),
    }
    text = "Today, the Commission adopted new guidelines on asylum procedures for member states."
    (ev,) = _kind(_events(nlp, text, names), "Guidelines")
    assert (ev.agent, ev.date) == (("agency/commission",), "2023-06-15")

    text = "President Gabriel Soto signed a decree on 2 June extending the state of emergency."
    (ev,) = _kind(_events(nlp, text, names), "Decree")
    assert (ev.agent, ev.date) == (("person/gabriel-soto",), "2023-06-02")

    text = "Japan pledged aid to Peru after the earthquake."
    (ev,) = _kind(_events(nlp, text, names), "Aid")
    assert (ev.agent, ev.target) == (("state/JP",), ("state/PE",))

    text = "Ghana's presidential election on Sunday passed off peacefully."
    (ev,) = [e for e in _events(nlp, text, names) if e.label.startswith("Election")]
    assert (ev.type, ev.place, ev.date) == ("Referendum", ("state/GH",), "2023-06-11")  # a vote


def test_events_news_counted_arrests_away_from_a_border(nlp: Language) -> None:
    names = {"Lima": ("settlement/lima", "Settlement"), "Peru": ("state/PE", "State")}
    text = "Police detained 40 protesters in Lima on Sunday."
    (ev,) = _kind(_events(nlp, text, names), "Arrest")
    assert (ev.place, ev.count, ev.date) == (("settlement/lima",), 40, "2023-06-11")
    text = "Police in Peru detained 40 migrants at the border crossing on Sunday."
    assert not _kind(_events(nlp, text, names), "Arrest")


def test_events_news_arrest_of_a_named_person(nlp: Language) -> None:
    names = {"Lima": ("settlement/lima", "Settlement"), "Carlos Diaz": ("person/carlos-diaz", "Person")}
    text = "Police in Lima arrested the opposition leader Carlos Diaz on Friday."
    (ev,) = _kind(_events(nlp, text, names), "Arrest")
    assert (ev.target, ev.place, ev.date) == (("person/carlos-diaz",), ("settlement/lima",), "2023-06-09")


def test_events_news_departures_from_a_country_without_destination(nlp: Language) -> None:
    names = {"Haiti": ("state/HT", "State"), "UN": ("organization/un", "Organization")}
    text = "The UN says over 2,000 residents fled Haiti since Monday."
    (ev,) = [e for e in _events(nlp, text, names) if e.type == "BorderCrossing"]
    assert (ev.origin, ev.destination, ev.count_min, ev.reported_by) == (
        ("state/HT",),
        (),
        2000,
        ("organization/un",),
    )
    assert ev.label == "Departures from Haiti"

    text = "Nearly 40,000 people have been forced to leave Haiti this year."
    (ev,) = [e for e in _events(nlp, text, names) if e.type == "BorderCrossing"]
    assert (ev.origin, ev.count) == (("state/HT",), 40000)

    text = "Hundreds of families left their houses within Haiti."
    assert not [e for e in _events(nlp, text, names) if e.type == "BorderCrossing"]


def test_events_news_returns_home_take_the_far_side_as_origin(nlp: Language) -> None:
    names = {"Afghanistan": ("state/AF", "State"), "Iran": ("state/IR", "State"), "Syria": ("state/SY", "State")}
    text = "Some 5,000 Afghan citizens returned to Afghanistan via its border with Iran last week."
    (ev,) = [e for e in _events(nlp, text, names) if e.type == "BorderCrossing"]
    assert (ev.destination, ev.origin, ev.count) == (("state/AF",), ("state/IR",), 5000)

    text = "About 1,200 Syrians went back to Syria on Sunday."
    (ev,) = [e for e in _events(nlp, text, names) if e.type == "BorderCrossing"]
    assert (ev.destination, ev.origin, ev.date) == (("state/SY",), (), "2023-06-11")


def test_events_news_entry_restrictions_are_closures(nlp: Language) -> None:
    names = {"Norway": ("state/NO", "State"), "Sweden": ("state/SE", "State"), "Chile": ("state/CL", "State")}
    text = "On 3 May, Norway and Sweden imposed restrictions on the entry of foreign tourists."
    (ev,) = [e for e in _events(nlp, text, names) if e.type == "BorderClosure"]
    assert (set(ev.agent), ev.date) == ({"state/NO", "state/SE"}, "2023-05-03")

    text = "Chile imposed entry restrictions on Monday."
    (ev,) = [e for e in _events(nlp, text, names) if e.type == "BorderClosure"]
    assert (ev.agent, ev.date) == (("state/CL",), "2023-06-12")


def test_events_news_attacks_on_named_places(nlp: Language) -> None:
    names = {"Aleppo": ("settlement/aleppo", "Settlement"), "Homs": ("settlement/homs", "Settlement")}
    text = "Last week there were heavy attacks on Aleppo."
    (ev,) = [e for e in _events(nlp, text, names) if e.type == "MilitaryOperation"]
    assert (ev.target, ev.start_date, ev.end_date) == (("settlement/aleppo",), "2023-06-05", "2023-06-11")

    text = "New attacks were reported on Aleppo and nearby villages."
    (ev,) = [e for e in _events(nlp, text, names) if e.type == "MilitaryOperation"]
    assert ev.target == ("settlement/aleppo",)

    text = "Drone strikes on Homs killed four people."
    (ev,) = [e for e in _events(nlp, text, names) if e.type == "MilitaryOperation"]
    assert ev.target == ("settlement/homs",)

    text = "Dock workers went on strike in Homs."
    assert not [e for e in _events(nlp, text, names) if e.type == "MilitaryOperation"]


def test_events_news_publisher_is_the_source_of_unattributed_figures(nlp: Language) -> None:
    names = {
        "Interpol": ("agency/interpol", "Agency"),
        "Mexico": ("state/MX", "State"),
        "the Red Cross": ("organization/red-cross", "Organization"),
    }
    text = (
        "Interpol update. Over the past week, 3,000 Hondurans entered Mexico, "
        "more than 20% compared to the previous week."
    )
    (ev,) = [e for e in _events(nlp, text, names, publisher="Interpol") if e.type == "BorderCrossing"]
    assert (ev.reported_by, ev.change_percent) == (("agency/interpol",), 20.0)
    assert (ev.start_date, ev.end_date) == ("2023-06-05", "2023-06-11")

    text = "Interpol update. According to the Red Cross, 3,000 Hondurans entered Mexico last week."
    (ev,) = [e for e in _events(nlp, text, names, publisher="Interpol") if e.type == "BorderCrossing"]
    assert ev.reported_by == ("organization/red-cross",)

    text = "Daily Planet. Over the past week, 3,000 Hondurans entered Mexico."
    names["Daily Planet"] = ("organization/daily-planet", "Organization")
    (ev,) = [e for e in _events(nlp, text, names, publisher="Daily Planet") if e.type == "BorderCrossing"]
    assert ev.reported_by == ()  # a newspaper reports others' figures


def test_events_news_publisher_line_parts_name_an_entity() -> None:
    text = "Ruritania said so."
    index = EntityIndex(entities_named(text, {"Ruritania": ("state/RR", "State")}))
    assert publisher_key("Ruritania Government, Foreign Office", index) == "state/RR"
    assert publisher_key("Daily Planet", index) is None
    assert (
        publisher_key("Ruritania", EntityIndex(entities_named(text, {"Ruritania": ("org/rr", "Organization")}))) is None
    )
    assert publisher_key(None, index) is None


def test_events_news_publisher_line_in_another_spelling_names_the_body() -> None:
    # a note in brackets, a demonym or "of STATE" for the state the body's key carries, the
    # filler of a ministry's long name, and a council's initials
    text = "The Coast Guard said so. The Foreign Ministry agreed. The ARC counted. Iceland and Chile."
    index = EntityIndex(
        entities_named(
            text,
            {
                "Coast Guard": ("agency/coast-guard-chile", "Agency"),
                "Foreign Ministry": ("agency/foreign-ministry-iceland", "Agency"),
                "ARC": ("organization/arc", "Organization"),
                "Iceland": ("state/IS", "State"),
                "Chile": ("state/CL", "State"),
            },
        )
    )
    assert publisher_key("Chilean Coast Guard (media release)", index) == "agency/coast-guard-chile"
    assert publisher_key("Coast Guard of Chile", index) == "agency/coast-guard-chile"
    assert publisher_key("Ministry of Foreign Affairs of Iceland (briefing note)", index) == (
        "agency/foreign-ministry-iceland"
    )
    assert publisher_key("Antarctic Refugee Council (situation report)", index) == "organization/arc"
    # another state's body, and an outlet, are not the publisher
    assert publisher_key("Icelandic Coast Guard", index) is None
    assert publisher_key("Antarctic Radio Channel", index) is None


def test_events_news_closure_is_reported_by_its_sayer_or_the_release_s_publisher(nlp: Language) -> None:
    names = {
        "Varnek": ("checkpoint/varnek", "Checkpoint"),
        "Coast Guard": ("agency/coast-guard-chile", "Agency"),
        "Harbour Office": ("agency/harbour-office", "Agency"),
    }
    for text in (
        "The Varnek border crossing remained closed to pedestrians on Monday, the Harbour Office said.",
        "According to the Harbour Office, the Varnek crossing was closed on Monday.",
    ):
        (ev,) = [e for e in _events(nlp, text, names, publisher="Chilean Coast Guard") if e.type == "BorderClosure"]
        assert ev.reported_by == ("agency/harbour-office",), text
    for text in (
        "The Varnek border crossing was closed on Monday. Boats of the Coast Guard patrol the bay.",
        "The Varnek crossing remains closed to freight. The Coast Guard has two boats there.",
    ):
        events = _events(nlp, text, names, publisher="Chilean Coast Guard (media release)")
        (ev,) = [e for e in events if e.type == "BorderClosure"]
        assert ev.reported_by == ("agency/coast-guard-chile",), text
        (ev,) = [e for e in _events(nlp, text, names, publisher="Daily Planet") if e.type == "BorderClosure"]
        assert ev.reported_by == (), text


def test_events_news_body_that_records_or_stops_people_is_the_figure_s_source(nlp: Language) -> None:
    names = {
        "Chile": ("state/CL", "State"),
        "Peru": ("state/PE", "State"),
        "Harbour Police": ("agency/harbour-police", "Agency"),
        "Army": ("agency/army-chile", "Agency"),
        "Valley Border Guard Division": ("agency/valley-border-guard-division", "Agency"),
    }
    cases = [
        ("The Harbour Police and the Army detected 312 people entering Chile irregularly.", 312),
        ("The Valley Border Guard Division recorded 97 attempts to cross into Chile illegally.", 97),
        ("Since 1 January, the Army has intercepted 318 persons attempting to enter Chile from Peru.", 318),
        ("Last week the Harbour Police counted 540 people crossing into Chile from Peru.", 540),
    ]
    sources = [("agency/harbour-police", "agency/army-chile"), ("agency/valley-border-guard-division",)]
    sources += [("agency/army-chile",), ("agency/harbour-police",)]
    for (text, count), source in zip(cases, sources, strict=True):
        (ev,) = [e for e in _events(nlp, text, names) if e.type == "BorderCrossing"]
        assert (ev.count, ev.reported_by) == (count, source), text
    # a body doing something else in the sentence is no source
    text = "Last week 540 people crossed into Chile from Peru, and the Army patrolled the hills."
    (ev,) = [e for e in _events(nlp, text, names) if e.type == "BorderCrossing"]
    assert ev.reported_by == ()


def test_events_news_demonym_of_two_words_is_the_group_s_origin(nlp: Language) -> None:
    names = {"Kenya": ("state/KE", "State"), "Chad": ("state/TD", "State")}
    cases = [
        ("Some 8,750 South Sudanese refugees have crossed into Kenya since March.", "state/SS"),
        ("Last month 3,100 South Sudanese crossed into Kenya.", "state/SS"),
        ("Over 2,000 Central African nationals fled into Chad last week.", "state/CF"),
        ("About 800 Sudanese refugees crossed into Chad.", "state/SD"),  # one word still reads alone
    ]
    for text, origin in cases:
        (ev,) = [e for e in _events(nlp, text, names) if e.type == "BorderCrossing"]
        assert ev.origin == (origin,), text


def test_events_news_part_of_a_figure_comes_from_where_the_whole_does(nlp: Language) -> None:
    names = {
        "Chad": ("state/TD", "State"),
        "Cameroon": ("state/CM", "State"),
        "Lobaye": ("region/lobaye", "Region"),
        "Tarsk": ("settlement/tarsk", "Settlement"),
    }
    cases = [
        (
            "Fighting has displaced about 16,500 people from Lobaye since early May, "
            "of whom 5,700 have crossed into Chad and 1,850 into Cameroon.",
            {5700: "region/lobaye", 1850: "region/lobaye"},
        ),
        ("Some 12,000 people have fled Tarsk since May, of whom 5,000 crossed into Chad.", {5000: "settlement/tarsk"}),
    ]
    for text, origins in cases:
        got = {e.count: e.origin for e in _events(nlp, text, names) if e.destination}
        assert got == {n: (o,) for n, o in origins.items()}, text
    # a whole that arrived somewhere names no origin of its parts
    text = "Some 12,000 people have arrived in Tarsk since May, of whom 5,000 crossed into Chad."
    assert [e.origin for e in _events(nlp, text, names) if e.count == 5000] == [()]


def test_events_news_origin_region_brings_its_state_when_the_story_names_it(nlp: Language) -> None:
    names = {
        "Chad": ("state/TD", "State"),
        "Lobaye": ("region/lobaye", "Region"),
        "Central African Republic": ("state/CF", "State"),
    }
    for text in (
        "Fighting in the Central African Republic goes on. Some 900 people crossed from Lobaye into Chad last week.",
        "The Central African Republic is at war. Last week 900 refugees from Lobaye arrived in Chad.",
    ):
        (ev,) = [e for e in _events(nlp, text, names) if e.type == "BorderCrossing"]
        assert ev.origin == ("region/lobaye", "state/CF"), text
    text = "Some 900 people crossed from Lobaye into Chad last week."  # the state unnamed: not added
    (ev,) = [e for e in _events(nlp, text, names) if e.type == "BorderCrossing"]
    assert ev.origin == ("region/lobaye",)


def test_events_news_according_to_a_body_s_office_or_data(nlp: Language) -> None:
    names = {"Cameroon": ("state/CM", "State"), "Ministry of Health": ("agency/health-ministry", "Agency")}
    for text in (
        "According to data from the Ministry of Health, 2,000 people crossed into Cameroon last week.",
        "Some 2,000 people crossed into Cameroon last week, according to the Office of the Ministry of Health.",
    ):
        (ev,) = [e for e in _events(nlp, text, names) if e.type == "BorderCrossing"]
        assert ev.reported_by == ("agency/health-ministry",), text


def test_events_news_meeting_place_after_the_apposed_counterpart(nlp: Language) -> None:
    names = {**PEOPLE, "Elmton": ("settlement/elmton", "Settlement")}
    for text in (
        "Last Thursday Ana Rojas met the Norwegian Interior Minister, Mr Luis Vega, in Elmton, and they agreed.",
        "On Monday Ana Rojas received her counterpart, Luis Vega, at Elmton.",
    ):
        (ev,) = _kind(_events(nlp, text, names), "Meeting")
        assert (ev.agent, ev.place) == (("person/ana-rojas", "person/luis-vega"), ("settlement/elmton",)), text
    # no comma: the place is the counterpart's, not the meeting's
    (ev,) = _kind(_events(nlp, "Ana Rojas met Luis Vega, a lawyer in Elmton, on Monday.", names), "Meeting")
    assert ev.place == ()


def test_events_news_part_set_beside_a_figure_has_its_whole_s_time_and_its_own_origin(nlp: Language) -> None:
    names = {"Italy": ("state/IT", "State"), "Tunisia": ("state/TN", "State"), "Libya": ("state/LY", "State")}
    for text, part, origin in (
        ("Some 3,300 people reached Italy in April, 1,200 of them from Libya.", 1200, "state/LY"),
        ("Records show 2,640 migrants entered Italy in April, 1,310 of them from Tunisia.", 1310, "state/TN"),
    ):
        events = {e.count: e for e in _events(nlp, text, names) if e.type == "BorderCrossing"}
        whole = next(e for n, e in events.items() if n != part)
        assert whole.origin == (), text
        assert events[part].origin == (origin,), text
        assert (events[part].start_date, events[part].end_date) == (whole.start_date, whole.end_date), text


def test_events_news_crossing_named_before_where_is_the_way_in(nlp: Language) -> None:
    names = {
        "Poland": ("state/PL", "State"),
        "Varnek": ("checkpoint/varnek", "Checkpoint"),
        "Elmton": ("checkpoint/elmton", "Checkpoint"),
        "Tarsk": ("settlement/tarsk", "Settlement"),
    }
    for text, via in (
        ("The busiest border crossing was Varnek, where 19,600 people entered Poland.", ("checkpoint/varnek",)),
        ("Most traffic went through the Elmton crossing, where 8,200 people entered Poland.", ("checkpoint/elmton",)),
        ("Most went to Tarsk, where 8,200 people entered Poland.", ()),  # a town is no way across
    ):
        (ev,) = [e for e in _events(nlp, text, names) if e.type == "BorderCrossing"]
        assert ev.via == via, text


def test_events_news_flow_into_one_of_two_neighbours_comes_from_the_other(nlp: Language) -> None:
    names = {
        "Chile": ("state/CL", "State"),
        "Peru": ("state/PE", "State"),
        "Bolivia": ("state/BO", "State"),
        "Tarsk": ("settlement/tarsk", "Settlement"),
    }
    for text in (
        "Fighting in Peru goes on. Some 4,750 people crossed the border into Chile last week.",
        "Peru is in crisis. About 3,200 workers crossed back into Chile before the gates shut.",
    ):
        (ev,) = [e for e in _events(nlp, text, names) if e.type == "BorderCrossing"]
        assert ev.origin == ("state/PE",), text
    for text in (
        "Peru and Bolivia are in crisis. About 3,200 workers crossed into Chile.",  # a third state: unsaid
        "Fighting in Peru goes on. About 3,200 people arrived in Tarsk last week.",  # a town of no named state
    ):
        (ev,) = [e for e in _events(nlp, text, names) if e.type == "BorderCrossing"]
        assert ev.origin == (), text


def test_events_news_arrivals_counted_by_a_body_take_the_counting_verb_s_time(nlp: Language) -> None:
    names = {"Army": ("agency/army", "Agency"), "Elmton": ("settlement/elmton", "Settlement")}
    for text, when in (
        ("The Army counted about 1,050 new arrivals in Elmton last week.", (None, "2023-06-05", "2023-06-11")),
        ("The Army logged 900 arrivals in Elmton over the weekend.", (None, "2023-06-10", "2023-06-11")),
        ("The Army recorded 900 arrivals in Elmton, officials said on Monday.", (None, None, None)),  # the saying
    ):
        (ev,) = [e for e in _events(nlp, text, names) if e.type == "BorderCrossing"]
        assert (ev.date, ev.start_date, ev.end_date) == when, text


def test_events_news_most_of_them_from_or_through_gives_origin_and_way_in(nlp: Language) -> None:
    names = {
        "Chad": ("state/TD", "State"),
        "West Varnia": ("region/west-varnia", "Region"),
        "Elmton": ("checkpoint/elmton", "Checkpoint"),
    }
    for text, origin, via in (
        ("Some 3,000 people crossed into Chad last week, most of them from West Varnia.", ("region/west-varnia",), ()),
        (
            "Some 3,000 people crossed into Chad, most of them women and children from West Varnia.",
            ("region/west-varnia",),
            (),
        ),
        (
            "Since May, 6,400 refugees have crossed into Chad, most of them through the Elmton post.",
            (),
            ("checkpoint/elmton",),
        ),
        ("Some 3,000 people crossed into Chad last week. Aid workers say most of them need food.", (), ()),
    ):
        (ev,) = [e for e in _events(nlp, text, names) if e.type == "BorderCrossing"]
        assert (ev.origin, ev.via) == (origin, via), text


def test_events_news_call_up_by_decree_is_the_signer_s_mobilization(nlp: Language) -> None:
    names = {"Jane Roe": ("person/jane-roe", "Person")}
    for text in (
        "President Jane Roe signed a decree on the call-up of 10,000 reservists on Monday.",
        "A decree on the mobilisation of 10,000 reservists was signed by Jane Roe on Monday.",
    ):
        events = _events(nlp, text, names)
        (ev,) = [e for e in events if e.type == "Mobilization"]
        assert (ev.agent, ev.count, ev.date) == (("person/jane-roe",), 10000, "2023-06-12"), text
        assert not _kind(events, "Decree"), text


def test_events_news_aid_stated_as_an_amount(nlp: Language) -> None:
    names = {"European Union": ("organization/eu", "Organization"), "Peru": ("state/PE", "State")}
    text = "The European Union has allocated 10 million euros in humanitarian aid to Peru."
    (ev,) = _kind(_events(nlp, text, names), "Aid")
    assert (ev.agent, ev.target) == (("organization/eu",), ("state/PE",))


def test_events_news_refused_entry_and_turn_backs_count_the_state_entered(nlp: Language) -> None:
    names = {"Chile": ("state/CL", "State"), "Peru": ("state/PE", "State")}
    for text in (
        "Border guards refused entry to 300 Peruvians at the Chilean border on Sunday.",
        "Some 300 Peruvians were denied entry into Chile on Sunday.",
        "Chilean police turned back 300 Peruvians at the border on Sunday.",
    ):
        (ev,) = [e for e in _events(nlp, text, names) if e.type == "BorderCrossing"]
        assert (ev.destination, ev.origin, ev.count, ev.date) == (("state/CL",), ("state/PE",), 300, "2023-06-11"), text
    text = "More than 1,000 people were turned back at the Chilean border on Friday."
    (ev,) = [e for e in _events(nlp, text, names) if e.type == "BorderCrossing"]
    assert (ev.destination, ev.count_min) == (("state/CL",), 1000)


def test_events_news_suspended_port_of_entry_is_a_closure(nlp: Language) -> None:
    names = {"Chile": ("state/CL", "State"), "Tres Cruces": ("checkpoint/tres-cruces", "Checkpoint")}
    for text in (
        "Chile suspended operations at the Tres Cruces port of entry on Tuesday.",
        "The Tres Cruces port of entry was suspended on Tuesday.",
    ):
        (ev,) = [e for e in _events(nlp, text, names) if e.type == "BorderClosure"]
        assert (ev.target, ev.date) == (("checkpoint/tres-cruces",), "2023-06-13"), text


def test_events_news_later_counts_from_the_last_day_the_story_named(nlp: Language) -> None:
    names = {"Chile": ("state/CL", "State"), "Peru": ("state/PE", "State")}
    text = "The border with Peru closed on 3 March. Barely a week later, 2,000 Peruvians crossed into Chile."
    events = _events(nlp, text, names)
    (shut,) = [e for e in events if e.type == "BorderClosure"]
    (flow,) = [e for e in events if e.type == "BorderCrossing"]
    assert (shut.place, shut.date, flow.date) == (("state/PE",), "2023-03-03", "2023-03-10")

    text = "Chile closed the border on 3 March. The next day some 500 Peruvians entered Chile."
    (flow,) = [e for e in _events(nlp, text, names) if e.type == "BorderCrossing"]
    assert (flow.date, flow.count) == ("2023-03-04", 500)

    text = "Since the start of the year, 40,000 Peruvians have entered Chile."
    (flow,) = [e for e in _events(nlp, text, names) if e.type == "BorderCrossing"]
    assert (flow.start_date, flow.end_date) == ("2023-01-01", None)


def test_events_news_own_country_left_and_crossing_used(nlp: Language) -> None:
    names = {
        "Peru": ("state/PE", "State"),
        "UN": ("organization/un", "Organization"),
        "Tres Cruces": ("checkpoint/tres-cruces", "Checkpoint"),
    }
    text = "The UN estimates that almost 2 million Peruvians fled their country since 2015."
    (ev,) = [e for e in _events(nlp, text, names) if e.type == "BorderCrossing"]
    assert (ev.origin, ev.count, ev.reported_by, ev.start_date) == (
        ("state/PE",),
        2000000,
        ("organization/un",),
        "2015-01-01",
    )

    text = "Reporters went to the Tres Cruces crossing. Normally about 3,500 traders use this crossing every day."
    (ev,) = [e for e in _events(nlp, text, names) if e.type == "BorderCrossing"]
    assert (ev.via, ev.count, ev.per_time_unit, ev.label) == (
        ("checkpoint/tres-cruces",),
        3500,
        "day",
        "Crossings via Tres Cruces",
    )


def test_events_news_figures_after_a_departure_are_no_flow(nlp: Language) -> None:
    names = {"Peru": ("state/PE", "State"), "Chile": ("state/CL", "State")}
    text = "Almost 2 million Peruvians fled their country since 2015. More than 800,000 of them now live in Chile."
    (ev,) = [e for e in _events(nlp, text, names) if e.type == "BorderCrossing"]
    assert ev.count == 2000000


def test_events_news_official_travel_is_a_visit(nlp: Language) -> None:
    names = {**PEOPLE, "Lima": ("settlement/lima", "Settlement"), "Peru": ("state/PE", "State")}
    for text in (
        "Foreign Minister Ana Rojas travelled to Lima on Monday for talks.",
        "Ana Rojas arrived in Lima on Monday, her first trip abroad.",
    ):
        (ev,) = _kind(_events(nlp, text, names), "Visit")
        assert (ev.agent, ev.place, ev.date) == (("person/ana-rojas",), ("settlement/lima",), "2023-06-12"), text
    for text in ("Some 2,000 Peruvians arrived in Lima on Monday.", "Ana Rojas said she left home to travel to Peru."):
        assert not _kind(_events(nlp, text, names), "Visit"), text


def test_events_news_sanctions_are_adopted_texts_not_aid(nlp: Language) -> None:
    names = {"European Union": ("organization/eu", "Organization"), "Peru": ("state/PE", "State")}
    for text in (
        "The European Union imposed sanctions on Peru on Friday.",
        "On Friday the European Union adopted a new package of sanctions against Peru.",
    ):
        events = _events(nlp, text, names)
        (ev,) = _kind(events, "Sanctions")
        assert (ev.agent, ev.target, ev.date) == (("organization/eu",), ("state/PE",), "2023-06-09"), text
        assert not _kind(events, "Aid"), text


def test_events_news_counterpart_named_after_the_noun(nlp: Language) -> None:
    """ "met her counterpart Mr. X, Minister of ...": the parser hangs the name off the verb, not the noun."""
    for text in (
        "Ana Rojas, Minister for Foreign Affairs of Chile, met her counterpart Mr. Luis Vega, Minister for "
        "Foreign Affairs of Peru, and had discussions on trade.",
        "On Monday Erik Dahl received his counterpart Dr. Yaw Boateng, who arrived with a large delegation.",
    ):
        (ev,) = [e for e in _events(nlp, text, PEOPLE) if e.type == "Event"]
        assert len(set(ev.agent)) == 2, text
    text = "Ana Rojas met her counterpart on Monday; Luis Vega was not there."
    assert not [e for e in _events(nlp, text, PEOPLE) if e.type == "Event"]


def test_events_news_text_signed_between_two_sides(nlp: Language) -> None:
    """ "a memorandum was signed between the ministries of X and Y": the parties hang off the verb."""
    names = {"Chile": ("state/CL", "State"), "Peru": ("state/PE", "State")}
    for text in (
        "During the visit, a memorandum of understanding was signed between the foreign ministries of Chile and Peru.",
        "An agreement on fisheries was signed on Monday between Chile and Peru.",
    ):
        (ev,) = [e for e in _events(nlp, text, names) if e.type == "Event"]
        assert set(ev.agent) == {"state/CL", "state/PE"}, text


def test_events_news_talks_take_their_own_clause_s_date(nlp: Language) -> None:
    """A date inside a purpose clause ("to discuss the floods of 2 June") is not the talks' date."""
    names = {**PEOPLE, "Peru": ("state/PE", "State")}
    for text, day in (
        (
            "Ana Rojas spoke today with Luis Vega of Peru to discuss the response to the floods of June 2nd.",
            "2023-06-15",
        ),
        (
            "Ana Rojas spoke with Luis Vega on Tuesday to congratulate him on his election victory of May 28.",
            "2023-06-13",
        ),
    ):
        (ev,) = _kind(_events(nlp, text, names), "Talks")
        assert ev.date == day, text
