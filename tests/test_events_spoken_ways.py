"""How officials on air and in hearings tell the traffic of a way across: through a pronoun ("some
2,100 travellers cross it each day"), with the way as the subject ("the bridge carries 3,800 cars a
day", "X handled about 2,300 travellers a day"), as a tally of vehicles ("an average of 1,250 trucks
a day crossed"), as a slip they correct ("I beg your pardon, 4,600"), or by why people come
("come to work in X every day", "commute from X to Y").

Every sentence here is invented for the test; entities are built by hand so that only event
reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Thursday.
PUB = date(2026, 3, 12)

NAMES = {
    "Norway": ("state/NO", "State"),
    "Sweden": ("state/SE", "State"),
    "Brisola": ("checkpoint/brisola", "Checkpoint"),
    "Mossfjell": ("checkpoint/mossfjell", "Checkpoint"),
    "Harnosk": ("checkpoint/harnosk", "Checkpoint"),
    "Orrelund Bridge": ("place/orrelund-bridge", "Place"),
    "Tarnowo": ("settlement/tarnowo", "Settlement"),
    "Orrelund": ("settlement/orrelund", "Settlement"),
}


def _flows(nlp: Language, text: str) -> list[Event]:
    return [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("text", "way", "count"),
    [
        (
            "The Brisola crossing stayed open all winter, and officials say that roughly 1,350 lorries a day "
            "crossed it in January.",
            "checkpoint/brisola",
            1350,
        ),
        (
            "Mossfjell is the only road post still open. Some 2,100 travellers cross it each day.",
            "checkpoint/mossfjell",
            2100,
        ),
        (
            "MINISTER: Since the Orrelund Bridge was widened, about 8,000 people cross it in both directions "
            "on a typical weekday.",
            "place/orrelund-bridge",
            8000,
        ),
    ],
)
def test_it_after_a_crossing_verb_is_the_way_named_before(nlp: Language, text: str, way: str, count: int) -> None:
    (flow,) = _flows(nlp, text)
    assert flow.count == count
    assert way in flow.via + flow.destination


@pytest.mark.parametrize(
    ("text", "way", "count"),
    [
        ("Locals told us the Brisola bridge carries some 3,800 cars a day in summer.", "checkpoint/brisola", 3800),
        ("In the holidays the Mossfjell checkpoint sees about 5,200 travellers a day.", "checkpoint/mossfjell", 5200),
    ],
)
def test_a_way_that_carries_or_sees_people_counts_its_traffic(nlp: Language, text: str, way: str, count: int) -> None:
    (flow,) = _flows(nlp, text)
    assert flow.count == count
    assert flow.per_time_unit == "day"
    assert way in flow.via + flow.destination


@pytest.mark.parametrize(
    ("text", "way", "count"),
    [
        (
            "Over the February holidays Harnosk handled about 2,300 travellers a day, customs officers told us.",
            "checkpoint/harnosk",
            2300,
        ),
        ("Last winter Mossfjell processed an average of 610 lorries daily.", "checkpoint/mossfjell", 610),
    ],
)
def test_a_crossing_named_bare_that_handles_people_counts_its_traffic(
    nlp: Language, text: str, way: str, count: int
) -> None:
    (flow,) = _flows(nlp, text)
    assert flow.count == count
    assert flow.per_time_unit == "day"
    assert way in flow.via


@pytest.mark.parametrize(
    "text",
    [
        "Over the February holidays Tarnowo handled about 2,300 visitors a day, hotel owners told us.",
        "Last year Norway processed an average of 610 travellers a day.",
    ],
)
def test_a_town_or_state_that_handles_people_counts_no_flow(nlp: Language, text: str) -> None:
    assert _flows(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Customs report that an average of 1,250 trucks a day crossed the Brisola bridge in February.", 1250),
        ("Over the Easter weekend a total of 9,400 cars came into Norway through Mossfjell.", 9400),
    ],
)
def test_a_tally_of_vehicles_is_the_flow_it_counts(nlp: Language, text: str, count: int) -> None:
    (flow,) = _flows(nlp, text)
    assert flow.count == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "COMMANDER: On a busy Saturday about 4,000 travellers enter Norway at Mossfjell -- I beg your pardon, "
            "4,600.",
            4600,
        ),
        ("GUARD COMMANDER: We counted 900 entries into Norway at Brisola, excuse me, 1,900, in the first week.", 1900),
    ],
)
def test_a_figure_taken_back_with_pardon_or_excuse_me_is_replaced(nlp: Language, text: str, count: int) -> None:
    (flow,) = _flows(nlp, text)
    assert flow.count == count


@pytest.mark.parametrize(
    ("text", "into"),
    [
        ("Roughly 6,500 Swedes come to work in Norway every day.", "state/NO"),
        ("Some 1,100 people travel from Tarnowo to work in Orrelund each morning.", "settlement/orrelund"),
        ("Around 3,000 residents commute from Sweden to Norway every day.", "state/NO"),
    ],
)
def test_people_who_come_to_work_somewhere_flow_into_it(nlp: Language, text: str, into: str) -> None:
    (flow,) = _flows(nlp, text)
    assert into in flow.destination


def test_coming_to_work_with_no_figure_is_no_flow(nlp: Language) -> None:
    assert _flows(nlp, "Most of them come to work in Norway because the wages are higher.") == []


@pytest.mark.parametrize(
    ("text", "way", "count"),
    [
        (
            "DIRECTOR: On a normal weekday we see about 6,300 cars a day at the Harnosk post.",
            "checkpoint/harnosk",
            6300,
        ),
        ("SPOKESWOMAN: Right now we have roughly 750 travellers a day through Mossfjell.", "checkpoint/mossfjell", 750),
    ],
)
def test_what_we_see_or_have_a_day_at_a_crossing_is_its_traffic(nlp: Language, text: str, way: str, count: int) -> None:
    (flow,) = _flows(nlp, text)
    assert flow.count == count
    assert flow.per_time_unit == "day"
    assert way in flow.via


def test_what_we_see_at_a_crossing_with_no_rate_is_no_flow(nlp: Language) -> None:
    assert _flows(nlp, "DIRECTOR: Last night we saw about 60 cars at the Harnosk post with broken lights.") == []
