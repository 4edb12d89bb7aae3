"""A province name several named states share ("Eastern") belongs to the state its paragraph
names, else to the one named closest to it, not to whichever state sorts first."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


def _owners(nlp: Language, text: str) -> set[str]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    return {
        r.object
        for r in find_relations(doc, article, find_entities(doc, article))
        if r.predicate == "partOf" and r.subject.startswith("region/eastern")
    }


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "Sri Lanka reported heavy rain on Monday.\n\n"
            "In Zambia, floods cut roads in the Eastern Province, officials said.",
            "state/ZM",
        ),
        (
            "Sri Lanka sent tents and water on Monday, and Zambia said floods had hit the Eastern Province hardest.",
            "state/ZM",
        ),
    ],
)
def test_relations_shared_province_names_state_of_the_paragraph(nlp: Language, text: str, state: str) -> None:
    """The state named in the province's own paragraph, or closest to it, owns it."""
    assert _owners(nlp, text) == {state}
