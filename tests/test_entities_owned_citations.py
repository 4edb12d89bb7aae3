"""Authors cited with a possessive before the bracketed year: "Roe's (2004) account".

Academic prose names a work by its author's possessive and its year; the NER reads the lone
surname as a body. The possessive and the year make it an author, as a list of surnames does
before a bracketed year. Every sentence and name here is invented, two or more wordings.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article, Entity


def _run(nlp: Language, text: str) -> dict[str, Entity]:
    article = Article(id="t", text=text, source="test")
    return {e.name: e for e in find_entities(nlp(text), article)}


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Brenwick\u2019s (2011) survey of harbour towns remains the standard reference.", ("Brenwick",)),
        ("This follows Tolvany's (1998) account of migration closely.", ("Tolvany",)),
        ("We adopt Halvask and Greddon's (2005) coding scheme.", ("Halvask", "Greddon")),
    ],
)
def test_entities_owned_citations_possessive_author_is_a_person(
    nlp: Language, text: str, authors: tuple[str, ...]
) -> None:
    ents = _run(nlp, text)
    for name in authors:
        assert name in ents and ents[name].type == "Person", sorted((e.name, e.type) for e in ents.values())


def test_entities_owned_citations_body_with_a_year_stays_a_body(nlp: Language) -> None:
    ents = _run(nlp, "The figures come from the World Bank's (2019) survey of ports.")
    assert not [e for e in ents.values() if e.type == "Person"], sorted((e.name, e.type) for e in ents.values())
