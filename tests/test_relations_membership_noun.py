""" "Membership of Z" held by states: "X's membership of Z" makes X a member, "their (common)
membership of Z" and "both countries' membership of Z" the two states named last. A membership
only sought or weighed ("its bid for membership of Z", "their future membership") says nothing.
Invented sentences through the real model."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article

ORG = "organization/andean-trade-community"


def _members(nlp: Language, text: str) -> set[str]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    found = find_relations(doc, article, find_entities(doc, article))
    return {r.subject for r in found if r.predicate == "memberOf" and r.object == ORG}


@pytest.mark.parametrize(
    "text",
    [
        "Leaders meet\n\nThe presidents of Peru and Bolivia praised the close ties between the two neighbours "
        "and their joint membership of the Andean Trade Community.",
        "Leaders meet\n\nPeru and Bolivia signed four agreements on Monday. Both countries' membership of the "
        "Andean Trade Community was a theme of the talks.",
    ],
)
def test_relations_their_membership_is_both_states(nlp: Language, text: str) -> None:
    assert _members(nlp, text) == {"state/PE", "state/BO"}


def test_relations_a_states_membership(nlp: Language) -> None:
    text = "Talks held\n\nOfficials said Chile's membership of the Andean Trade Community helped its exporters."
    assert _members(nlp, text) == {"state/CL"}


@pytest.mark.parametrize(
    "text",
    [
        "Talks held\n\nOfficials discussed Chile's bid for membership of the Andean Trade Community.",
        "Leaders meet\n\nThe presidents of Peru and Bolivia discussed their future membership of the Andean "
        "Trade Community.",
    ],
)
def test_relations_sought_membership_says_nothing(nlp: Language, text: str) -> None:
    assert _members(nlp, text) == set()
