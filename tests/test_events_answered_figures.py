"""A bare figure that opens the answer to a "how many" question counts the event the question
names: the question gives the kind, the places and the time, the answer the count, its source and
its change. An answer with no figure, or a question nobody answers, counts nothing.

Every exchange here is invented for the test; entities are built by hand so that only event
reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Tuesday.
PUB = date(2026, 6, 16)

NAMES = {
    "Norway": ("state/NO", "State"),
    "Sweden": ("state/SE", "State"),
    "Velmora": ("checkpoint/velmora", "Checkpoint"),
    "Ostvik": ("settlement/ostvik", "Settlement"),
}


def _events(nlp: Language, text: str) -> list[Event]:
    return list(named_events(nlp, text, NAMES, PUB))


@pytest.mark.parametrize(
    "text",
    [
        "REPORTER (Radio Nord): Minister, how many people crossed at Velmora into Norway last month?\n\n"
        "MINISTER HALVORSEN: Roughly 4,700 travellers in May, up nine percent on April.",
        "Q: And how many travellers came into Norway through Velmora in May?\n\n"
        "A: Some 4,700 in all, up nine per cent on April, which surprised us.",
    ],
)
def test_a_bare_answer_counts_the_crossing_the_question_names(nlp: Language, text: str) -> None:
    (flow,) = [e for e in _events(nlp, text) if e.type == "BorderCrossing"]
    assert flow.count == 4700
    assert flow.destination == ("state/NO",)
    assert flow.via == ("checkpoint/velmora",)
    assert (flow.start_date, flow.end_date) == ("2026-05-01", "2026-05-31")
    assert flow.change_percent == 9


@pytest.mark.parametrize(
    "text",
    [
        "Q: Minister, how many Swedes were refused entry into Norway at Velmora since March?\n\n"
        "A: About two hundred and forty, mostly for missing papers.",
        "JON BERG: Since March, how many Swedish citizens have been refused entry into Norway?\n\n"
        "MINISTER HALVORSEN: Two hundred and forty, as far as I know.",
    ],
)
def test_a_bare_answer_counts_people_refused(nlp: Language, text: str) -> None:
    (refused,) = [e for e in _events(nlp, text) if e.type == "BorderCrossing"]
    assert refused.count == 240
    assert refused.origin == ("state/SE",)
    assert refused.start_date == "2026-03-01"


@pytest.mark.parametrize(
    "text",
    [
        "JON BERG: How many officers were sent to Ostvik this week?\n\n"
        "CHIEF HALVORSEN: Forty, and another twenty arrive on Friday.",
        "REPORTER: Chief, how many guards have been deployed to Ostvik this week?\n\n"
        "CHIEF HALVORSEN: Forty so far. We will see about more.",
    ],
)
def test_a_bare_answer_counts_a_deployment(nlp: Language, text: str) -> None:
    (sent,) = [e for e in _events(nlp, text) if e.label.startswith("Deployment")]
    assert sent.count == 40
    assert sent.place == ("settlement/ostvik",)


@pytest.mark.parametrize(
    "text",
    [
        "REPORTER: How many people crossed into Norway at Velmora last week?\n\n"
        "MINISTER HALVORSEN: I do not have that figure with me.",
        "REPORTER: How many people crossed into Norway at Velmora last week?\n\n"
        "MINISTER HALVORSEN: In the first days we counted very few, but 30 buses are due on Friday.",
    ],
)
def test_no_figure_or_an_answer_with_its_own_verb_counts_no_crossing(nlp: Language, text: str) -> None:
    assert not [e for e in _events(nlp, text) if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    "text",
    [
        "REPORTER: Chief, how many people crossed into Norway at Velmora on Monday?\n\n"
        "CHIEF HALVORSEN: It was about 4,300, I am told.",
        "REPORTER: How many travellers crossed into Norway at Velmora on Monday?\n\n"
        "CHIEF HALVORSEN: That was 4,300, a record.",
    ],
)
def test_an_answer_may_restate_the_question_with_a_copula(nlp: Language, text: str) -> None:
    (flow,) = [e for e in _events(nlp, text) if e.type == "BorderCrossing"]
    assert flow.count == 4300
    assert flow.date == "2026-06-15"


@pytest.mark.parametrize(
    "text",
    [
        "Q: Mayor, how many people come into Norway through Velmora these days?\n\n"
        "A: Ever since they rebuilt the footbridge last spring, roughly 3,100 a day, many of them pupils.",
        "PRESENTER: How many travellers come into Norway through Velmora in a normal week?\n\n"
        "MINISTER HALVORSEN: When the ferry is not running, about 3,100 a day, and more at Easter.",
    ],
)
def test_a_scene_setting_clause_before_the_figure_is_no_verb_of_the_answer(nlp: Language, text: str) -> None:
    (flow,) = [e for e in _events(nlp, text) if e.type == "BorderCrossing"]
    assert flow.count == 3100
    assert flow.per_time_unit == "day"
    assert flow.destination == ("state/NO",)
    assert flow.via == ("checkpoint/velmora",)
