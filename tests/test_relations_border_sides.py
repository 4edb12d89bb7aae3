"""A town said to be on one side of a border lies in that side's state: "X on the Ruritanian side",
"X, on the Ruritanian side,", "queues on the Ruritanian side near X" (border stories place towns
by their side more often than by the state's name)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


def _relations(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    entities = find_entities(doc, article)
    return {(r.subject, r.predicate, r.object) for r in find_relations(doc, article, entities)}


@pytest.mark.parametrize(
    ("text", "town", "state"),
    [
        (
            "The mayor of Silistra, on the Bulgarian side of the river, said the town had run out of clean water.",
            "settlement/silistra",
            "state/BG",
        ),
        (
            "Queues of trucks formed on the Iranian side near Sarakhs on Monday, the Turkmen customs service said.",
            "settlement/sarakhs",
            "state/IR",
        ),
        ("Shops stayed open all night in Kovel on the Ukrainian side.", "settlement/kovel", "state/UA"),
    ],
)
def test_relations_border_sides_town_in_its_sides_state(nlp: Language, text: str, town: str, state: str) -> None:
    assert (town, "locatedIn", state) in _relations(nlp, text)
