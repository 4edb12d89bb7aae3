"""A title keeps the text's own words for its field beside the normalized title: "Home Minister"
and "Minister of Defence" are found as written, while kg:title stays "Interior Minister"."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article, DocExtraction, Entity, Position, Span
from kg.rdf.build import document_quads

ALT = "http://www.w3.org/2004/02/skos/core#altLabel"


@pytest.mark.parametrize(
    ("text", "holder", "title", "wording"),
    [
        (
            "India's Home Minister Ravi Sharan Mehta toured the flooded district on Sunday.",
            "person/ravi-sharan-mehta",
            "Interior Minister",
            "Home Minister",
        ),
        (
            "The Minister of Defence, Joao Pereira, said troops were ready.",
            "person/joao-pereira",
            "Defense Minister",
            "Minister of Defence",
        ),
        (
            "Kenya's Labour Minister Jane Wairimu spoke on Friday.",
            "person/jane-wairimu",
            "Labor Minister",
            "Labour Minister",
        ),
    ],
)
def test_positions_wordings_as_written(nlp: Language, text: str, holder: str, title: str, wording: str) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    got = {
        (p.title, p.wordings) for p in find_positions(doc, article, find_entities(doc, article)) if p.holder == holder
    }
    assert got == {(title, (wording,))}


def test_positions_wordings_are_alternative_labels_of_the_position() -> None:
    text = "Home Minister Ram Thapa spoke."
    article = Article(id="w", text=text, source="w.txt", published=date(2031, 1, 2))
    thapa = Entity("person/ram-thapa", "Person", "Ram Thapa", (Span(14, 23, "Ram Thapa"),))
    office = Position("person/ram-thapa", "Interior Minister", None, (Span(0, 23, text[:23]),), ("Home Minister",))
    quads = document_quads(DocExtraction(article=article, entities=(thapa,), positions=(office,)))
    assert {q.object.value for q in quads if q.predicate.value == ALT} >= {"Home Minister"}
