"""Events as unseen news words them: calls by video, named treaties, participles, fronted places,
datelines, units sent, arrests described by crossings, places taking people in, elections as votes,
referendums of the state a release is filed from.

Every story here is invented for the test; each class is shown in two or more wordings, with a
near miss that must stay silent. Entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import entities_named, named_events
from spacy.language import Language

from kg.extract.events import find_events
from kg.model import Article, Event

#: A Thursday.
PUB = date(2023, 6, 15)

NAMES = {
    "Ana Rojas": ("person/ana-rojas", "Person"),
    "Luis Vega": ("person/luis-vega", "Person"),
    "Norway": ("state/NO", "State"),
    "Ghana": ("state/GH", "State"),
    "Chile": ("state/CL", "State"),
    "Australia": ("state/AU", "State"),
    "Zambia": ("state/ZM", "State"),
    "Moldova": ("state/MD", "State"),
    "Ukraine": ("state/UA", "State"),
    "Lusaka": ("settlement/lusaka", "Settlement"),
    "Kisumu": ("settlement/kisumu", "Settlement"),
    "Tromso": ("settlement/tromso", "Settlement"),
    "Kilimani": ("settlement/kilimani", "Settlement"),
    "Kasese District": ("region/kasese", "Region"),
    "Addis Ababa": ("settlement/addis-ababa", "Settlement"),
    "Kuala Terengganu": ("settlement/kuala-terengganu", "Settlement"),
    "the Highland People's Liberation Front": ("organization/highland-front", "Organization"),
    "the Government of the Comoros": ("agency/government-comoros", "Agency"),
    "the Government of Burundi": ("agency/government-burundi", "Agency"),
    "the Eastern Front": ("organization/eastern-front", "Organization"),
    "the Northern Army": ("organization/northern-army", "Organization"),
    "the Coastal Front": ("organization/coastal-front", "Organization"),
    "the Rapid Response Unit": ("agency/rapid-response-unit", "Agency"),
    "the Ghana Armed Forces": ("agency/armed-forces-ghana", "Agency"),
    "the Federal Police": ("agency/federal-police", "Agency"),
    "The African Union": ("organization/african-union", "Organization"),
    "the Andean Community": ("organization/andean-community", "Organization"),
}


def _events(nlp: Language, text: str) -> tuple[Event, ...]:
    return named_events(nlp, text, NAMES, PUB)


def _labelled(events: tuple[Event, ...], head: str) -> list[Event]:
    return [e for e in events if e.label.startswith(head)]


@pytest.mark.parametrize(
    "text",
    [
        "The decision was taken on Tuesday in a videoconference between Ana Rojas and Luis Vega.",
        "Ana Rojas and Luis Vega agreed on the new rules in a teleconference on Tuesday.",
    ],
)
def test_events_unseen_calls_by_video_are_talks(nlp: Language, text: str) -> None:
    (ev,) = _labelled(_events(nlp, text), "Talks")
    assert set(ev.agent) == {"person/ana-rojas", "person/luis-vega"}
    assert ev.date == "2023-06-13"


@pytest.mark.parametrize(
    "text",
    [
        "President Ana Rojas called Prime Minister Luis Vega on Tuesday to congratulate him on the win.",
        "Ana Rojas and Luis Vega spoke on Tuesday about the new rules for the ports.",
        "Ana Rojas spoke by telephone with Luis Vega on Tuesday.",
    ],
)
def test_events_unseen_phone_calls_are_talks(nlp: Language, text: str) -> None:
    (ev,) = _labelled(_events(nlp, text), "Talks")
    assert set(ev.agent) == {"person/ana-rojas", "person/luis-vega"}
    assert ev.date == "2023-06-13"


@pytest.mark.parametrize(
    "text",
    [
        "The opposition called Luis Vega a traitor on Tuesday.",
        "Ana Rojas called on Luis Vega to resign over the ports.",
        "Ana Rojas spoke on Tuesday about the new rules for the ports.",
    ],
)
def test_events_unseen_calling_names_and_appeals_are_no_talks(nlp: Language, text: str) -> None:
    assert not _labelled(_events(nlp, text), "Talks")


@pytest.mark.parametrize(
    ("text", "agents", "day"),
    [
        ("Norway and Ghana signed the Maseru Fisheries Treaty on Monday.", {"state/NO", "state/GH"}, "2023-06-12"),
        ("Australia and Chile today signed a Free Trade Agreement that cuts tariffs.", {"state/AU", "state/CL"},
         "2023-06-15"),
    ],
)  # fmt: skip
def test_events_unseen_named_treaty_signed(nlp: Language, text: str, agents: set[str], day: str) -> None:
    (ev,) = [e for e in _events(nlp, text) if e.type == "Event"]
    assert (set(ev.agent), ev.date) == (agents, day)


@pytest.mark.parametrize(
    "text",
    [
        "Both governments welcomed the agreement reached on 2 June by the Northern Army and the Coastal Front.",
        "The truce agreement signed on 2 June by the Northern Army and the Coastal Front holds.",
        "Ministers of both states welcome the agreement reached on 2 June by the Northern Army and the Coastal Front "
        "on a truce in the hills.",
    ],
)
def test_events_unseen_agreement_in_a_participle(nlp: Language, text: str) -> None:
    (ev,) = _labelled(_events(nlp, text), "Agreement")
    assert set(ev.agent) == {"organization/northern-army", "organization/coastal-front"}
    assert ev.date == "2023-06-02"


def test_events_unseen_agreement_only_talked_about_is_silent(nlp: Language) -> None:
    text = "The Northern Army said an agreement with the Coastal Front was still far off."
    assert not [e for e in _events(nlp, text) if e.type == "Event"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Yesterday in Kuala Terengganu, the Government of Burundi and the Eastern Front signed an "
            "agreement that ends the long war in the south.",
            "2023-06-14",
        ),
        ("On Friday in Addis Ababa, the Government of Burundi and the Eastern Front signed a peace agreement.",
         "2023-06-09"),
    ],
)  # fmt: skip
def test_events_unseen_subject_after_a_fronted_place(nlp: Language, text: str, day: str) -> None:
    (ev,) = _labelled(_events(nlp, text), "Agreement")
    assert set(ev.agent) == {"agency/government-burundi", "organization/eastern-front"}
    assert ev.date == day


def test_events_unseen_subject_after_a_fronted_time_and_place(nlp: Language) -> None:
    text = (
        "Yesterday in Kuala Terengganu, the Government of the Comoros and the Highland People's Liberation Front "
        "signed an agreement that should end a long insurgency in the hills."
    )
    (ev,) = _labelled(_events(nlp, text), "Agreement")
    assert set(ev.agent) == {"agency/government-comoros", "organization/highland-front"}


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        ("Canberra, 12 June 2023 - Australia and Chile today signed a trade agreement.", {"state/AU", "state/CL"}),
        ("LUSAKA, June 12 (Nordic Wire) -- Norway and Ghana on Monday signed an agreement on fisheries.",
         {"state/NO", "state/GH"}),
    ],
)  # fmt: skip
def test_events_unseen_dateline_is_no_part_of_the_first_sentence(nlp: Language, text: str, agents: set[str]) -> None:
    doc = nlp(text)
    dash = next(t for t in doc if t.text in ("-", "--"))
    assert doc[dash.i + 1].is_sent_start
    (ev,) = _labelled(_events(nlp, text), "Agreement")
    assert set(ev.agent) == agents


def test_events_unseen_dash_after_a_name_is_no_dateline(nlp: Language) -> None:
    doc = nlp("Ana Rojas - the minister who signed the deal - left early.")
    assert not any(t.is_sent_start for t in doc[1:])


@pytest.mark.parametrize(
    ("text", "agent", "place"),
    [
        ("Two additional companies of the Rapid Response Unit have been deployed to Kasese District.",
         "agency/rapid-response-unit", "region/kasese"),
        ("A battalion from the Ghana Armed Forces was sent to Kisumu on Saturday to restore order.",
         "agency/armed-forces-ghana", "settlement/kisumu"),
    ],
)  # fmt: skip
def test_events_unseen_units_sent_somewhere(nlp: Language, text: str, agent: str, place: str) -> None:
    (ev,) = _labelled(_events(nlp, text), "Deployment")
    assert (ev.agent, ev.place) == ((agent,), (place,))
    assert ev.count is None  # two companies are no count of people


@pytest.mark.parametrize(
    "text",
    [
        "Last week the Federal Police arrested 23 people in Tromso suspected of smuggling migrants across the border.",
        "On Monday the Federal Police arrested 23 people in Tromso who had organised illegal crossings.",
    ],
)
def test_events_unseen_arrest_described_by_crossings(nlp: Language, text: str) -> None:
    (ev,) = _labelled(_events(nlp, text), "Arrest")
    assert (ev.agent, ev.place, ev.count) == (("agency/federal-police",), ("settlement/tromso",), 23)


def test_events_unseen_arrest_at_the_border_is_still_no_arrest_event(nlp: Language) -> None:
    assert not _labelled(_events(nlp, "Police arrested 12 people at the border crossing near Kilimani."), "Arrest")


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("Erik Dahl said Zambia had received more than 4,500 Ukrainian refugees since March.", ("state/UA",)),
        ("Moldova has welcomed about 4,500 people from Ukraine since March.", ("state/UA",)),
    ],
)
def test_events_unseen_state_taking_people_in(nlp: Language, text: str, origin: tuple[str, ...]) -> None:
    (ev,) = [e for e in _events(nlp, text) if e.type == "BorderCrossing"]
    assert ev.destination[0] in ("state/ZM", "state/MD")
    assert (ev.origin, ev.count or ev.count_min, ev.start_date) == (origin, 4500, "2023-03-01")


def test_events_unseen_capital_taking_people_in_is_its_state(nlp: Language) -> None:
    text = "The minister said Lusaka had received more than 4,500 wounded civilians since March."
    (ev,) = [e for e in _events(nlp, text) if e.type == "BorderCrossing"]
    assert ev.destination == ("state/ZM",)


@pytest.mark.parametrize(
    "text",
    [
        "The hospital in Lusaka received 40 wounded people on Monday.",
        "Zambia has received 300 asylum applications this year.",
    ],
)
def test_events_unseen_taking_in_needs_a_named_place_and_people(nlp: Language, text: str) -> None:
    assert not [e for e in _events(nlp, text) if e.type == "BorderCrossing"]


def test_events_unseen_candidate_share_is_no_vote_result(nlp: Language) -> None:
    text = "Ghana held parliamentary elections on 4 June. The governing party won 54% of the vote."
    (ev,) = _events(nlp, text)
    assert (ev.type, ev.label, ev.result_percent) == ("Referendum", "Election in Ghana", None)


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("The African Union opened a two-day summit in the Ethiopian capital on Wednesday.",
         "organization/african-union"),
        ("Leaders of the Andean Community held their annual summit on Wednesday.", "organization/andean-community"),
    ],
)  # fmt: skip
def test_events_unseen_summit_a_body_holds(nlp: Language, text: str, agent: str) -> None:
    (ev,) = _labelled(_events(nlp, text), "Meeting")
    assert (ev.agent, ev.date) == ((agent,), "2023-06-14")


def test_events_unseen_summit_only_talked_about_is_silent(nlp: Language) -> None:
    assert not _events(nlp, "The African Union praised the summit on Wednesday.")


@pytest.mark.parametrize(
    ("text", "count", "period"),
    [
        ("Gang violence in Lusaka displaced about 6,000 people between 3 June and 5 June.", 6000,
         ("2023-06-03", "2023-06-05")),
        ("More than 20,000 people were displaced from Tromso by the floods last week.", 20000,
         ("2023-06-05", "2023-06-11")),
    ],
)  # fmt: skip
def test_events_unseen_people_displaced_from_a_place(
    nlp: Language, text: str, count: int, period: tuple[str, str]
) -> None:
    (ev,) = [e for e in _events(nlp, text) if e.type == "BorderCrossing"]
    assert ev.origin in (("settlement/lusaka",), ("settlement/tromso",))
    assert (ev.count, (ev.start_date, ev.end_date)) == (count, period)


def test_events_unseen_displaced_from_nowhere_named_is_silent(nlp: Language) -> None:
    assert not _events(nlp, "Heavy rain displaced a few families in the valley.")


PLACED = {
    "Thailand": ("state/TH", "State"),
    "Laos": ("state/LA", "State"),
    "Kenya": ("state/KE", "State"),
    "Ghana": ("state/GH", "State"),
    "Chiang Rai": ("settlement/chiang-rai", "Settlement"),
    "Nakuru County": ("region/nakuru", "Region"),
    "Maseru": ("settlement/maseru", "Settlement"),
    "Lesotho": ("state/LS", "State"),
    "The bloc": ("organization/bloc", "Organization"),
    "Interpol": ("organization/interpol", "Organization"),
}


def _placed(nlp: Language, text: str) -> tuple[Event, ...]:
    article = Article(id="t", text=text, source="test", published=PUB)
    return find_events(nlp(text), article, entities_named(text, PLACED), ())


@pytest.mark.parametrize(
    ("text", "role", "want"),
    [
        ("Thailand reports a rise. Some 2,800 people from Laos arrived in Chiang Rai over the weekend.",
         "destination", ("settlement/chiang-rai", "state/TH")),
        ("Kenya asked for help. Interpol deployed 60 officers to Nakuru County on Monday.", "place",
         ("region/nakuru", "state/KE")),
    ],
)  # fmt: skip
def test_events_unseen_places_take_the_state_the_story_names(
    nlp: Language, text: str, role: str, want: tuple[str, ...]
) -> None:
    (ev,) = [e for e in _placed(nlp, text) if getattr(e, role)]
    assert getattr(ev, role) == want


def test_events_unseen_state_the_story_does_not_name_is_not_added(nlp: Language) -> None:
    (ev,) = _placed(nlp, "Interpol deployed 60 officers to Chiang Rai on Monday.")
    assert ev.place == ("settlement/chiang-rai",)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ghana asked for help, and last week Interpol sent 400 officers to the capital.", ("state/GH",)),
        ("Maseru was calm on Sunday. Lesotho asked for help, and Interpol sent 400 officers to the capital.",
         ("settlement/maseru", "state/LS")),
        ("The bloc opened its annual summit in the Laotian capital on Wednesday.", ("state/LA",)),
    ],
)  # fmt: skip
def test_events_unseen_the_capital_is_the_state_s_capital(nlp: Language, text: str, place: tuple[str, ...]) -> None:
    (ev,) = [e for e in _placed(nlp, text) if e.type == "Event"]
    assert ev.place == place


@pytest.mark.parametrize(
    "body",
    [
        "Baltic Ferries and the Port of Takoradi signed an agreement on Tuesday to open a new route.",
        "On Tuesday Baltic Ferries signed an agreement with the Port of Takoradi on a new route.",
    ],
)
def test_events_unseen_name_known_from_the_headline(nlp: Language, body: str) -> None:
    from kg.model import Entity, Span

    text = "Baltic Ferries signs port deal\n\n" + body
    ferries = Entity("organization/baltic-ferries", "Organization", "Baltic Ferries", (Span(0, 14, "Baltic Ferries"),))
    article = Article(id="t", text=text, source="test", published=PUB)
    (ev,) = [e for e in find_events(nlp(text), article, (ferries,), ()) if e.type == "Event"]
    assert ev.agent == ("organization/baltic-ferries",)


@pytest.mark.parametrize(
    "text",
    [
        "Romania's border police said 3,100 persons entered through the Giurgiu crossing point on Sunday.",
        "On Sunday, 3,100 people arrived via the Giurgiu checkpoint, Romania's border police said.",
    ],
)
def test_events_unseen_entry_through_a_crossing_is_into_its_state(nlp: Language, text: str) -> None:
    names = {"Romania": ("state/RO", "State"), "Giurgiu": ("checkpoint/giurgiu", "Checkpoint")}
    article = Article(id="t", text=text, source="test", published=PUB)
    (ev,) = [e for e in find_events(nlp(text), article, entities_named(text, names), ()) if e.type == "BorderCrossing"]
    assert (ev.destination, ev.via, ev.count) == (("state/RO",), ("checkpoint/giurgiu",), 3100)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "Lusaka, June 14, 2023: Final figures from the constitutional referendum held on Tuesday, June 6, 2023, "
            "were published by the Electoral Commission of Zambia. Of the valid votes, 58.3 percent said yes.",
            "state/ZM",
        ),
        (
            "Tromso, 14 June 2023 - Officials began counting ballots on Wednesday after the referendum on the new "
            "fishing law, the election office of Norway said.",
            "state/NO",
        ),
    ],
)
def test_events_unseen_referendum_of_the_dateline_state(nlp: Language, text: str, state: str) -> None:
    """A referendum its sentence does not place is a vote of the state the release is filed from."""
    (vote,) = [e for e in _events(nlp, text) if e.type == "Referendum"]
    assert vote.place == (state,)
