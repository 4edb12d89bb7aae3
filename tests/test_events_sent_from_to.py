"""A deployment whose units are restated as a head count ("two battalions, about 1,200 soldiers,
from X to Y"): the parser hangs "from X to Y" on the head count, not on the verb; the "to" place
is where the force went all the same.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import entities_named
from spacy.language import Language

from kg.extract.events import find_events
from kg.model import Article, Event

#: A Tuesday.
PUB = date(2023, 6, 13)

NAMES = {
    "Nordavia": ("state/nordavia", "State"),
    "Tolmaz": ("settlement/tolmaz", "Settlement"),
    "Varda": ("settlement/varda", "Settlement"),
}


def _deployments(nlp: Language, text: str) -> list[Event]:
    text = "Nordavia, 13 June 2023 - " + text
    article = Article(id="t", text=text, source="test", published=PUB)
    events = find_events(nlp(text), article, entities_named(text, NAMES), ())
    return [e for e in events if e.label.startswith("Deployment")]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The army has deployed two additional battalions, about 1,200 soldiers, from Tolmaz to Varda.", 1200),
        ("The ministry deployed three companies, some 450 police officers, from Tolmaz to Varda on Monday.", 450),
        ("The police have sent two units, around 300 officers, from Tolmaz to Varda.", 300),
        ("Police deployed two additional platoons, some 80 officers, from Tolmaz to Varda.", 80),
        ("The government has deployed a brigade, roughly 3,000 troops, from Tolmaz to Varda on Sunday.", 3000),
    ],
)
def test_units_restated_as_people_go_where_their_phrase_says(nlp: Language, text: str, count: int) -> None:
    (deployment,) = _deployments(nlp, text)
    assert deployment.place == ("settlement/varda",)
    assert deployment.count == count
