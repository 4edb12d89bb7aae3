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
