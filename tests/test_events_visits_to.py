"""A visit told by its noun goes where its "to" points ("paid a state visit to X", "an official
visit to X"); the verb "visit" keeps its object as the place, and a visit with no "to" gains none.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Tuesday.
PUB = date(2026, 5, 12)

NAMES = {
    "Ostrelia": ("state/ostrelia", "State"),
    "Quellmark": ("state/quellmark", "State"),
    "Ivo Tarrant": ("person/ivo-tarrant", "Person"),
    "Mira Tallesk": ("person/mira-tallesk", "Person"),
    "Brenholt": ("settlement/brenholt", "Settlement"),
}


def _visits(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.label.startswith("Visit")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The President of Ostrelia, Ivo Tarrant, paid an official visit to Quellmark on 10 and 11 May.", "quellmark"),
        (
            "At the invitation of Mira Tallesk, President Ivo Tarrant paid a two-day state visit to "
            "Quellmark last week.",
            "quellmark",
        ),
        ("Ivo Tarrant made a short working visit to Brenholt on Monday to inspect the new bridge.", "brenholt"),
    ],
)
def test_a_visit_noun_goes_where_its_to_points(nlp: Language, text: str, place: str) -> None:
    (visit,) = _visits(nlp, text)
    assert "person/ivo-tarrant" in visit.agent
    assert any(p.endswith(place) for p in visit.place)


def test_the_verb_visit_keeps_its_object_as_the_place(nlp: Language) -> None:
    (visit,) = _visits(nlp, "Ivo Tarrant visited Brenholt on Monday and spoke to traders at the market.")
    assert visit.place == ("settlement/brenholt",)
