"""A checkpoint placed in a region of a state lies in that region and connects the state: the state
is a side of the crossing, not another place it lies in."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


def _found(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    return {(r.subject, r.predicate, r.object) for r in find_relations(doc, article, find_entities(doc, article))}


@pytest.mark.parametrize(
    ("text", "checkpoint", "region", "state"),
    [
        (
            "Border report\n\nOfficers at the Kelmor crossing point in the Lubelskie region registered 4,100 "
            "entries on Sunday, Poland's border guard said.",
            "checkpoint/kelmor",
            "region/lubelskie",
            "state/PL",
        ),
        (
            "Border report\n\nThe Varnel border post in Kyustendil Province will be closed to all traffic from 3 May "
            "while the road is resurfaced, Bulgaria said.",
            "checkpoint/varnel",
            "region/kyustendil",
            "state/BG",
        ),
    ],
)
def test_relations_checkpoint_regions_lie_in_the_region_only(
    nlp: Language, text: str, checkpoint: str, region: str, state: str
) -> None:
    found = _found(nlp, text)
    assert (checkpoint, "locatedIn", region) in found
    assert (checkpoint, "connects", state) in found
    assert (checkpoint, "locatedIn", state) not in found


@pytest.mark.parametrize(
    ("text", "checkpoint", "region"),
    [
        (
            "Most returnees went home via the Lorvan border terminal in Ardabil province, while others used the "
            "Kelo crossing in Zanjan province.",
            "checkpoint/lorvan",
            "region/ardabil",
        ),
        (
            "Lorries queued at the Tessik border gate in Ardabil province and at the Sarband crossing in "
            "Zanjan province.",
            "checkpoint/tessik",
            "region/ardabil",
        ),
    ],
)
def test_relations_checkpoint_regions_after_a_terminal_or_gate(
    nlp: Language, text: str, checkpoint: str, region: str
) -> None:
    """ "the X border terminal in R" and "the X border gate in R" lie in R like "the X crossing in R",
    also when another crossing of the sentence has a region of its own."""
    assert (checkpoint, "locatedIn", region) in _found(nlp, text)
