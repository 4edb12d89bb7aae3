"""A verbless answer to a verbless follow-up question ("And lorries?" / "About 650 a day.") goes
on counting the flow counted just before, at the crossing or town the question names if it names
one; a follow-up with a verb of its own, or an answer with its own verb, is no follow-up.

Every exchange here is invented for the test; entities are built by hand so that only event
reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Friday.
PUB = date(2026, 5, 22)

NAMES = {
    "Lithuania": ("state/LT", "State"),
    "Velkaro": ("checkpoint/velkaro", "Checkpoint"),
    "Brask": ("settlement/brask", "Settlement"),
    "Tamsin Gwyre": ("person/tamsin-gwyre", "Person"),
}


def _flows(nlp: Language, text: str) -> list[Event]:
    return [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    "text",
    [
        "TAMSIN GWYRE: In July we see something like 9,000 cars a day at Velkaro.\n\n"
        "Q: And lorries?\n\nTAMSIN GWYRE: About 650 lorries a day, mostly timber.",
        "HOST: How many people cross into Lithuania at Velkaro on a summer day?\n\n"
        "TAMSIN GWYRE: Around 9,000 a day.\n\n"
        "HOST: What about coach passengers?\n\nTAMSIN GWYRE: Roughly 650 a day, at most.",
    ],
)
def test_a_follow_up_figure_counts_the_same_crossing(nlp: Language, text: str) -> None:
    flows = _flows(nlp, text)
    (lorries,) = [f for f in flows if f.count == 650]
    assert lorries.via == ("checkpoint/velkaro",)
    assert lorries.per_time_unit == "day"


@pytest.mark.parametrize(
    "text",
    [
        "Q: How many people cross into Lithuania at Velkaro on a normal day?\n\n"
        "TAMSIN GWYRE: About 1,900 travellers a day.\n\nQ: And at Brask?\n\nTAMSIN GWYRE: Fewer, maybe four hundred.",
        "PRESENTER: Tamsin, how many come into Lithuania through Velkaro each day now?\n\n"
        "TAMSIN GWYRE: On a weekday, 1,900 or so.\n\nPRESENTER: And the post at Brask?\n\n"
        "TAMSIN GWYRE: Much quieter, four hundred perhaps.",
    ],
)
def test_a_follow_up_that_names_a_town_moves_the_count_there(nlp: Language, text: str) -> None:
    flows = _flows(nlp, text)
    (town,) = [f for f in flows if f.count == 400]
    assert "settlement/brask" in town.destination
    assert "state/LT" in town.destination
    assert town.via == ()


def test_a_follow_up_with_its_own_verb_is_no_follow_up(nlp: Language) -> None:
    text = (
        "TAMSIN GWYRE: In July we see something like 9,000 cars a day at Velkaro.\n\n"
        "Q: And how long do lorries wait?\n\nTAMSIN GWYRE: About 40 minutes on a bad day."
    )
    assert [f.count for f in _flows(nlp, text)] == [9000]
