"""A crossing named after the towns on both its sides, called later in the same text by one side's
name: invented sentences through the real model.

Class: "the A - B crossing" (or "A-B", "A/B") and then "the B crossing" / "the B post" / "the
B checkpoint": one crossing, one node, which keeps what the text says of it (the state it is on).
With two joined crossings sharing that end, the short name names neither.
"""

from __future__ import annotations

import pytest
from named_entities import found_entities
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


def _checkpoints(nlp: Language, text: str) -> list[str]:
    return [name for name, kind in found_entities(nlp, text) if kind == "Checkpoint"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Lorries crossed the Tolvik - Harnsby crossing again on Monday. By noon the line at the Harnsby"
            " crossing ran two kilometres back along the border with Chad.",
            "Tolvik - Harnsby",
        ),
        (
            "Police reopened the Kestrin-Ormsk crossing after the storm. Eight extra officers were sent to the"
            " Ormsk post, where buses waited longest.",
            "Kestrin-Ormsk",
        ),
        (
            "The Quenby/Lunbeck crossing handled 900 cars a day in May, and the Lunbeck checkpoint was shut"
            " at night for repairs.",
            "Quenby/Lunbeck",
        ),
    ],
)
def test_entities_crossing_one_end_is_the_joined_crossing(nlp: Language, text: str, name: str) -> None:
    assert _checkpoints(nlp, text) == [name]


def test_entities_crossing_one_end_of_two_crossings_stays_apart(nlp: Language) -> None:
    text = (
        "Both the Tolvik - Harnsby crossing and the Zarevo - Harnsby crossing shut; the Harnsby crossing"
        " reopened first."
    )
    assert sorted(_checkpoints(nlp, text)) == ["Harnsby", "Tolvik - Harnsby", "Zarevo - Harnsby"]


def test_entities_crossing_one_end_keeps_the_state_on_one_node(nlp: Language) -> None:
    text = (
        "Traffic through the Mardale - Ostrel crossing rose by a fifth. Customs staff at the Ostrel post, on"
        " the border with Niger, now work in two shifts."
    )
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    relations = find_relations(doc, article, find_entities(doc, article))
    connects = {(r.subject, r.object) for r in relations if r.predicate == "connects"}
    assert ("checkpoint/mardale-ostrel", "state/NE") in connects
    assert all(subject == "checkpoint/mardale-ostrel" for subject, _ in connects)
