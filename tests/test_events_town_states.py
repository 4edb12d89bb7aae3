"""A flow into a town no gazetteer places takes the one state the story's other flows go into:
"Some 5,000 people crossed into X in May. Another 3,100 crossed at Kelmora."

Every sentence is invented for the test, in two or more wordings, with near misses that must stay
as they are. Entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import entities_named, named_events
from spacy.language import Language

from kg.extract.events import find_events
from kg.model import Article

PUB = date(2024, 6, 12)
NAMES = {
    "Malta": ("state/MT", "State"),
    "Andorra": ("state/AD", "State"),
    "Iceland": ("state/IS", "State"),
    "Kelmora": ("settlement/kelmora", "Settlement"),
    "Vostrel": ("settlement/vostrel", "Settlement"),
}


def _destinations(nlp: Language, text: str) -> dict[int | None, tuple[str, ...]]:
    events = named_events(nlp, text, NAMES, PUB)
    return {e.count: e.destination for e in events if e.type == "BorderCrossing"}


@pytest.mark.parametrize(
    "text",
    [
        "Some 5,000 people crossed into Malta from Andorra in May. Another 3,100 people crossed at Kelmora.",
        "In May 5,000 refugees from Andorra arrived in Malta. The agency registered 3,100 new arrivals in "
        "Kelmora and Vostrel during the month.",
    ],
)
def test_events_town_states_from_the_story(nlp: Language, text: str) -> None:
    assert "state/MT" in _destinations(nlp, text)[3100]


def test_events_town_states_need_one_state(nlp: Language) -> None:
    text = (
        "Some 5,000 people crossed into Malta from Andorra in May, and 2,000 into Iceland. "
        "Another 3,100 people crossed at Kelmora."
    )
    assert _destinations(nlp, text)[3100] == ("settlement/kelmora",)


def test_events_town_states_keep_a_gazetteer_town_s_own(nlp: Language) -> None:
    text = "Some 5,000 people returned to Angola from Namibia in May. Since January, 3,100 people have entered Rundu."
    names = {
        "Angola": ("state/AO", "State"),
        "Namibia": ("state/NA", "State"),
        "Rundu": ("settlement/rundu", "Settlement"),
    }
    article = Article(id="t", text=text, source="test", published=PUB)
    events = find_events(nlp(text), article, entities_named(text, names), ())
    got = {e.count: e.destination for e in events if e.type == "BorderCrossing"}
    assert "state/AO" not in got.get(3100, ())
