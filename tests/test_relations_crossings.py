"""A crossing named apart from its border: "border point", "port of entry", and which states it joins (issue 8).

Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


def _relations(nlp: Language, text: str) -> tuple[set[tuple[str, str]], set[tuple[str, str, str]]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    entities = find_entities(doc, article)
    found = {(r.subject, r.predicate, r.object) for r in find_relations(doc, article, entities)}
    return {(e.type, e.name) for e in entities}, found


@pytest.mark.parametrize(
    ("text", "checkpoint", "states"),
    [
        (
            "Kenya shares a border with Uganda. Lorries queued for two days at the Malaba border point, the "
            "transporters' union said.",
            "checkpoint/malaba",
            ("state/KE", "state/UG"),
        ),
        (
            "Tanzania borders Malawi. Farmers crossed at the Songwe port of entry on Monday, police said.",
            "checkpoint/songwe-port-of-entry",
            ("state/MW", "state/TZ"),
        ),
    ],
)
def test_relations_crossings_of_the_one_border_stated(
    nlp: Language, text: str, checkpoint: str, states: tuple[str, str]
) -> None:
    _, found = _relations(nlp, text)
    for state in states:
        assert (checkpoint, "connects", state) in found


def test_relations_crossings_two_borders_leave_it_to_the_sentence(nlp: Language) -> None:
    text = (
        "Kenya shares a border with Uganda. Tanzania borders Malawi. Buses waited at the Malaba border point on Monday."
    )
    _, found = _relations(nlp, text)
    assert not [r for r in found if r[1] == "connects"]


@pytest.mark.parametrize(
    ("text", "checkpoint", "states"),
    [
        (
            "Kenya shares a border with Uganda.\nIn other news, lorries queued at the Malaba border point after "
            "Tanzania closed its markets.",
            "checkpoint/malaba",
            ("state/KE", "state/UG"),
        ),
        (
            "Tanzania borders Malawi.\nElsewhere, Zambia reopened the Songwe port of entry to buses on Monday.",
            "checkpoint/songwe-port-of-entry",
            ("state/MW", "state/TZ"),
        ),
    ],
)
def test_relations_crossings_of_another_story_are_not_on_the_one_border(
    nlp: Language, text: str, checkpoint: str, states: tuple[str, str]
) -> None:
    """A bulletin's other story: the checkpoint's own paragraph names a state off the stated border."""
    _, found = _relations(nlp, text)
    for state in states:
        assert (checkpoint, "connects", state) not in found
