"""A border "between the A Republic and the Republic of B": an article may open either state's
name, and the crossings of a text that states that one border are on it."""

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
    ("text", "pair"),
    [
        (
            "Talks on the common border between the Republic of Ecuador and the Republic of Peru resumed.",
            {"state/EC", "state/PE"},
        ),
        (
            "Engineers mapped the land border between the Dominican Republic and the Republic of Haiti last year.",
            {"state/DO", "state/HT"},
        ),
    ],
)
def test_relations_border_between_names_with_articles(nlp: Language, text: str, pair: set[str]) -> None:
    assert {frozenset((s, o)) for s, p, o in _found(nlp, text) if p == "borders"} == {frozenset(pair)}


def test_relations_border_between_its_crossings(nlp: Language) -> None:
    """The one border stated: the crossing the next paragraph reopens is on it."""
    text = (
        "Both governments approved a deal on the frontier between the Czech Republic and the Republic of "
        "Poland.\n\nOfficials will reopen the Lesna checkpoint for lorries in June."
    )
    found = _found(nlp, text)
    assert {o for s, p, o in found if p == "connects"} == {"state/CZ", "state/PL"}
