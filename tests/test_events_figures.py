"""Figure events as border guards, ministries and bulletins word them: a figure per crossing point
in a ranked list; flows through a named crossing whose direction the sentence leaves unsaid.

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

#: A Friday.
PUB = date(2026, 5, 22)

NAMES = {
    "Norway": ("state/NO", "State"),
    "Sweden": ("state/SE", "State"),
    "OSLO": ("settlement/oslo", "Settlement"),  # a dateline, as the entity layer reads it
    "Norland": ("state/NL", "State"),
    "Kessova": ("checkpoint/kessova", "Checkpoint"),
    "Orbek": ("checkpoint/orbek", "Checkpoint"),
    "Lunden": ("checkpoint/lunden", "Checkpoint"),
    "Tarnia": ("state/TA", "State"),
    "Tarvel": ("settlement/tarvel", "Settlement"),
}


def _events(nlp: Language, text: str) -> tuple[Event, ...]:
    return named_events(nlp, text, NAMES, PUB)


def _crossings(events: tuple[Event, ...]) -> dict[int | None, Event]:
    return {e.count: e for e in events if e.type == "BorderCrossing"}


@pytest.mark.parametrize(
    "text",
    [
        "The busiest crossing was Kessova, where 4,100 people entered Norland, followed by Orbek with 2,650 and "
        "Lunden with 1,020.",
        "Over the weekend 4,100 travellers entered Norland through Kessova, followed by Orbek with 2,650 and "
        "Lunden with 1,020.",
    ],
)
def test_events_figures_ranked_crossing_points_each_their_flow(nlp: Language, text: str) -> None:
    found = _crossings(_events(nlp, text))
    assert set(found) == {4100, 2650, 1020}
    assert (found[2650].destination, found[2650].via) == (("state/NL",), ("checkpoint/orbek",))
    assert (found[1020].destination, found[1020].via) == (("state/NL",), ("checkpoint/lunden",))
    assert found[2650].start_date == found[4100].start_date


def test_events_figures_ranked_list_needs_a_named_place(nlp: Language) -> None:
    """A place "with" a figure of something else than people is no flow: "Orbek with 12 lanes"."""
    text = "Some 4,100 people entered Norland through Kessova, which was busier than Orbek with 12 open lanes."
    assert set(_crossings(_events(nlp, text))) == {4100}


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("OSLO, 20 May (Wire) - Some 4,100 people crossed the Kessova border crossing on Sunday, Norway said.", ()),
        ("OSLO, 20 May - Police in Norway said 38,200 people crossed the bridge at Kessova in early May.", ()),
        ("OSLO, 20 May - 3,900 travellers crossed the Kessova crossing with Sweden, Norway said.", ("state/SE",)),
    ],
)
def test_events_figures_flow_through_a_crossing_ends_in_the_filing_state(
    nlp: Language, text: str, origin: tuple[str, ...]
) -> None:
    (ev,) = _crossings(_events(nlp, text)).values()
    assert "state/NO" in ev.destination and ev.origin == origin


def test_events_figures_crossing_side_is_never_the_origin(nlp: Language) -> None:
    """Filed from the state the people left: the dateline's state is no end they reached."""
    text = "OSLO, 20 May - Some 4,100 people from Norway crossed the Kessova border crossing on Sunday."
    (ev,) = _crossings(_events(nlp, text)).values()
    assert "state/NO" not in ev.destination


@pytest.mark.parametrize(
    "text",
    [
        "OSLO, 20 May - Between 11 and 17 May, officers of Norway cleared 54,210 travellers at the "
        "Swedish-Norwegian border.",
        "OSLO, 20 May - Norway's border agency said its staff had registered 54,210 foreigners at the border "
        "between Norway and Sweden between 11 and 17 May.",
        "OSLO, 20 May - Norway's guards processed 54,210 passengers through the Kessova checkpoint between 11 and "
        "17 May.",
    ],
)
def test_events_figures_people_cleared_at_a_border_are_a_flow(nlp: Language, text: str) -> None:
    (ev,) = _crossings(_events(nlp, text)).values()
    assert (ev.count, ev.destination, ev.start_date) == (54210, ("state/NO",), "2026-05-11")


def test_events_figures_people_checked_in_a_town_are_no_flow(nlp: Language) -> None:
    assert not _crossings(_events(nlp, "Police in Norway checked 400 people at a market in Tarvel on Monday."))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("OSLO, 20 May - Since 1 January, guards of Norway have recorded more than 14,000 attempts at illegal "
         "crossing.", 14000),
        ("OSLO, 20 May - Guards recorded 620 attempts at illegal crossing of the border with Sweden last week, "
         "Norway said.", 620),
        ("OSLO, 20 May - Guards in Norway counted 620 attempts of illegal entry last week.", 620),
    ],
)  # fmt: skip
def test_events_figures_attempts_at_crossing(nlp: Language, text: str, count: int) -> None:
    (ev,) = _crossings(_events(nlp, text)).values()
    assert ev.label.startswith("Attempted crossings")
    assert (ev.count or ev.count_min, ev.destination) == (count, ("state/NO",))


@pytest.mark.parametrize(
    "second",
    [
        "In the week to Sunday, teams recorded an average of 345 arrivals a day.",
        "Over the weekend, monitors counted 345 new arrivals at a transit point near the frontier.",
    ],
)
def test_events_figures_unplaced_flow_takes_the_state_of_the_story_region(nlp: Language, second: str) -> None:
    """The story's flows go into a region of one state: a flow no sentence places goes there too."""
    names = {**NAMES, "Vaud": ("region/vaud", "Region"), "Switzerland": ("state/CH", "State")}
    text = (
        "Some 9,000 people crossed into Vaud in April, aid groups in Switzerland said.\n\n"
        f"A camp opened. Schools reopened. Rain fell.\n\n{second}"
    )
    article = Article(id="t", text=text, source="test", published=PUB)
    events = find_events(nlp(text), article, entities_named(text, names), ())
    assert "state/CH" in _crossings(events)[345].destination


@pytest.mark.parametrize(
    "text",
    [
        "Some 4,100 people entered Norland on Sunday after walking for four or five days.",
        "Some 4,100 people entered Norland on Sunday, most of them after two or three nights in the hills.",
    ],
)
def test_events_figures_numbers_joined_by_or_count_their_noun(nlp: Language, text: str) -> None:
    assert set(_crossings(_events(nlp, text))) == {4100}


@pytest.mark.parametrize(
    "text",
    [
        "Officials said Norland already shelters 11,000 refugees from Tarnia.",
        "Norland hosts 40,000 refugees from its neighbours.",
    ],
)
def test_events_figures_people_a_place_hosts_are_no_flow(nlp: Language, text: str) -> None:
    """How many a place shelters now is a stock; "has received" stays a flow (tested elsewhere)."""
    assert not _crossings(_events(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Guards stopped 140 people who were trying to travel illegally to Norland.",
        "The coast guard detained 140 migrants trying to sail to Norland on Sunday.",
    ],
)
def test_events_figures_stopped_travelling_to_a_country(nlp: Language, text: str) -> None:
    (ev,) = _crossings(_events(nlp, text)).values()
    assert (ev.label, ev.count, ev.destination) == ("Attempted crossings into Norland", 140, ("state/NL",))


def test_events_figures_travelling_to_a_town_is_no_attempt(nlp: Language) -> None:
    assert not _crossings(_events(nlp, "Police stopped 140 fans who were trying to travel to Tarvel."))


@pytest.mark.parametrize(
    "second",
    [
        "The other two, with 58 and 47 people, were stopped near Tarvel.",
        "The two were intercepted on Monday with 58 and 47 people.",
    ],
)
def test_events_figures_a_numeral_with_an_article_names_no_count(nlp: Language, second: str) -> None:
    """ "the other two" points back to boats; only the figures of people count."""
    text = f"Guards stopped 171 people trying to reach Norland in three boats. {second}"
    assert 2 not in _crossings(_events(nlp, text))


@pytest.mark.parametrize(
    "second",
    [
        "In a separate operation, a patrol rescued 19 people after their boat capsized near Tarvel.",
        "Later, a landslide near Tarvel buried 19 people.",
    ],
)
def test_events_figures_a_figure_of_another_event_continues_no_flow(nlp: Language, second: str) -> None:
    text = f"Some 4,100 people entered Norland on Sunday. {second}"
    assert set(_crossings(_events(nlp, text))) == {4100}


@pytest.mark.parametrize(
    "text",
    [
        "The network smuggled at least 870 migrants, most of them young men, from Tarnia to Norland between March "
        "and May.",
        "Between March and May the gang ferried 870 people across the strait from Tarnia into Norland.",
    ],
)
def test_events_figures_people_smuggled_into_a_country(nlp: Language, text: str) -> None:
    (ev,) = _crossings(_events(nlp, text)).values()
    assert (ev.origin, ev.destination, ev.start_date) == (("state/TA",), ("state/NL",), "2026-03-01")


def test_events_figures_goods_smuggled_are_no_flow(nlp: Language) -> None:
    assert not _crossings(_events(nlp, "The gang smuggled 40 kilos of cocaine from Tarnia to Norland in May."))


@pytest.mark.parametrize(
    "text",
    [
        "Some 600 people were returned to Norland. Since 1 January, 3,470 people have entered Kalvik irregularly.",
        "Some 600 people crossed into Norland on Monday. Since 1 January, 3,470 migrants have come to Kalvik by sea.",
    ],
)
def test_events_figures_a_name_nobody_found_is_not_the_story_destination(nlp: Language, text: str) -> None:
    """ "entered Kalvik", Kalvik no entity: the flow goes to Kalvik, not to the story's other state."""
    assert 3470 not in _crossings(_events(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Trondheim, 20 May 2026 - The ministry of Norway said that since returns restarted in 2023, 2,870 "
        "refugees have come home.",
        "TRONDHEIM, 20 May (Wire) - Norway's ministry says 2,870 refugees have returned home since 2023.",
    ],
)
def test_events_figures_home_is_the_state_of_a_dateline_city(nlp: Language, text: str) -> None:
    """A dateline city the entity layer left out (here Trondheim is no entity) still files the story."""
    (ev,) = _crossings(_events(nlp, text)).values()
    assert (ev.count, ev.destination) == (2870, ("state/NO",))


@pytest.mark.parametrize(
    ("second", "start", "end"),
    [
        ("That is up from 215 the week before.", "2026-05-08", "2026-05-14"),
        ("A week earlier the figure was 215.", "2026-05-08", "2026-05-14"),
    ],
)
def test_events_figures_baseline_the_week_before(nlp: Language, second: str, start: str, end: str) -> None:
    text = f"Some 290 people crossed into Norland in the seven days to Thursday. {second}"
    ev = _crossings(_events(nlp, text))[215]
    assert (ev.destination, ev.start_date, ev.end_date) == (("state/NL",), start, end)


def test_events_figures_baseline_the_day_before(nlp: Language) -> None:
    ev = _crossings(_events(nlp, "On Monday 1,200 people entered Norland. A day earlier the figure was 900."))[900]
    assert ev.date == "2026-05-17"
