"""A state closing a crossing "to all traffic from B" or "to travellers coming from B" names both
sides, wherever the parser hangs the "to" phrase (on the verb or on the crossing) and even when it
reads the crossing's name as an adjective ("the X border crossing")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


def _connects(nlp: Language, text: str) -> set[str]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    found = find_relations(doc, article, find_entities(doc, article))
    return {r.object for r in found if r.subject == "checkpoint/torvik" and r.predicate == "connects"}


@pytest.mark.parametrize(
    "text",
    [
        "Since Sunday, Finland has closed the Torvik border crossing to all traffic from Sweden.",
        "Finland has closed its border crossing at Torvik to all vehicles arriving from Sweden.",
    ],
)
def test_relations_closed_to_traffic_from_the_other_side(nlp: Language, text: str) -> None:
    assert _connects(nlp, text) == {"state/FI", "state/SE"}


def test_relations_closed_to_traffic_of_no_named_side_adds_none(nlp: Language) -> None:
    assert _connects(nlp, "Finland closed the Torvik border crossing to trucks on Monday.") == {"state/FI"}
