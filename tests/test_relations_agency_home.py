"""The home state of a generic body ("the National Guard", "the health ministry") in a story told
from its towns: the state of those towns, not the destination the story names as often."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


def _parts(nlp: Language, text: str) -> set[tuple[str, str]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    found = find_relations(doc, article, find_entities(doc, article))
    return {(r.subject, r.object) for r in found if r.predicate == "partOf" and r.subject.startswith("agency/")}


@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "The boat left a beach near Mahdia carrying people who wanted to reach Italy. Most of them wanted "
            "to reach Italy or France, and some had been in Italy before. The National Guard intercepted two "
            "boats off Monastir and Nabeul. Tunisia says it needs help.",
            "state/TN",
        ),
        (
            "Nurses of the health ministry opened a clinic in Zacapa. Families walked on to Honduras, and "
            "Honduras sent water to the camps in Chiquimula, near the border. Guatemala asked for help.",
            "state/GT",
        ),
    ],
)
def test_relations_agency_home_is_the_state_of_the_storys_towns(nlp: Language, text: str, home: str) -> None:
    """Each generic body is partOf the state its story's towns lie in."""
    parts = _parts(nlp, text)
    assert parts
    assert {o for _, o in parts} == {home}
