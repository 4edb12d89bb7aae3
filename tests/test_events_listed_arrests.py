"""Arrests a release counts by naming those held one by one: "The skipper, a man aged 47, and his
deckhand, a woman aged 25, were detained" holds two people; "three fishermen and a woman were
arrested" four. Each noun for people joined by "and" is one person, or its numeral's figure; a
plural with no figure ("and several porters") counts no one. A force's release that tells such an
arrest with no doer made it itself.

Every story here is invented; entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import entities_named
from spacy.language import Language

from kg.extract.events import find_events
from kg.model import Article, Event

#: A Wednesday.
PUB = date(2026, 3, 18)
NAMES = {
    "Halvik Coast Guard": ("agency/halvik-coast-guard", "Agency"),
    "Ministry of Ports": ("agency/ministry-of-ports", "Agency"),
    "Drummoch": ("settlement/drummoch", "Settlement"),
}


def _arrests(nlp: Language, text: str, publisher: str | None = None) -> list[Event]:
    article = Article(id="t", text=text, source="test", published=PUB, publisher=publisher)
    events = find_events(nlp(text), article, entities_named(text, NAMES), ())
    return [e for e in events if e.type == "Event" and e.label.startswith("Arrest")]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "The skipper, a man aged 47, and his deckhand, a woman aged 25, were detained off Drummoch "
            "by the Halvik Coast Guard.",
            2,
        ),
        ("Three fishermen and a woman were arrested by the Halvik Coast Guard at Drummoch on Monday.", 4),
        ("Near Drummoch the Halvik Coast Guard arrested a van's driver and three passengers.", 4),
    ],
)
def test_people_named_one_by_one_are_counted(nlp: Language, text: str, count: int) -> None:
    (arrest,) = _arrests(nlp, text)
    assert arrest.count == count


def test_a_plural_without_a_figure_counts_no_one(nlp: Language) -> None:
    text = "The driver and several porters were arrested by the Halvik Coast Guard at Drummoch."
    assert all(a.count is None for a in _arrests(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "A lorry from Drummoch was searched at the quay. The driver, a man aged 52, and a porter, "
        "a man aged 30, were arrested and taken to the cells.",
        "Officers found eleven crates of rum in a van at the quay. Its driver and three passengers were "
        "detained at the scene.",
    ],
)
def test_a_force_release_made_the_arrests_it_tells_without_a_doer(nlp: Language, text: str) -> None:
    release = "Halvik Coast Guard\n\nPress release\n\n" + text
    (arrest,) = _arrests(nlp, release, publisher="Halvik Coast Guard (press release)")
    assert arrest.agent == ("agency/halvik-coast-guard",)


def test_a_ministry_release_made_no_arrest(nlp: Language) -> None:
    text = "The driver, a man aged 52, and a porter, a man aged 30, were arrested and taken to the cells."
    names_ministry = "Ministry of Ports (press release)"
    assert all(a.agent == () for a in _arrests(nlp, "The Ministry of Ports said: " + text, names_ministry))
