"""Ferry landings as crossing points: invented sentences through the real model.

Class: a named ferry terminal or pier ("the X Ferry Terminal", "X Pier", "the X International
Passenger Terminal") on a route between two states is a crossing point that connects them, not a
mere place; a bus terminal, or a pier of a text that names one state only, stays what it was.

Every name here is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import linked_types
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


def _connects(nlp: Language, text: str) -> set[tuple[str, str]]:
    doc = nlp(text)
    article = Article(id="t", text=text, source="test", published=date(2026, 3, 2))
    entities = find_entities(doc, article)
    names = {e.key: e.name for e in entities}
    return {
        (names[r.subject], names[r.object])
        for r in find_relations(doc, article, entities)
        if r.predicate == "connects" and r.subject in names and r.object in names
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Customs officers in Denmark stopped a van that had come off the morning ferry at the Kallvik "
            "Ferry Terminal, bound for Sweden.",
            "Kallvik Ferry Terminal",
        ),
        (
            "From June the ferries linking Greece and Turkey will berth at Drummel Pier twice a day, "
            "the port authority said.",
            "Drummel Pier",
        ),
    ],
)
def test_entities_crossing_ferry_terminals_landing_between_states(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Checkpoint"}


@pytest.mark.parametrize(
    ("text", "name", "states"),
    [
        (
            "Customs officers in Denmark stopped a van that had come off the morning ferry at the Kallvik "
            "Ferry Terminal, bound for Sweden.",
            "Kallvik Ferry Terminal",
            {"Denmark", "Sweden"},
        ),
        (
            "Sailings between Quenford Pier and Lissarn will double in summer. The route is the only "
            "passenger link between Greece and Turkey in the north.",
            "Quenford Pier",
            {"Greece", "Turkey"},
        ),
    ],
)
def test_relations_crossing_ferry_terminals_connect_both_states(
    nlp: Language, text: str, name: str, states: set[str]
) -> None:
    assert {s for c, s in _connects(nlp, text) if c == name} == states


@pytest.mark.parametrize(
    "text",
    [
        "Coaches to Sweden leave from the Pellvik Bus Terminal in Denmark every hour.",
        "Visitors to Denmark queued at Tarquay Pier for the evening ferry to the island.",
    ],
)
def test_entities_crossing_ferry_terminals_other_landings_stay(nlp: Language, text: str) -> None:
    types = linked_types(nlp, text)
    assert all("Checkpoint" not in kinds for kinds in types.values())
