"""A generic body in a bulletin belongs to the state its own story names ("Estonia has closed ... The
State Border Guard said"), not to the state the bulletin names most in its other stories; a caption
line that names no state reads the story before it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article

_FIRST = (
    "NEWSREADER: Voters in Portugal approved the new fisheries law on Sunday. Portugal's parliament will "
    "now vote on the text, and officials in Portugal expect it to pass before the summer.\n\n"
)


@pytest.mark.parametrize(
    "second",
    [
        "NEWSREADER: Estonia has stopped all traffic at its Koidula crossing. The State Border Guard said "
        "the post closed at midnight.\n",
        "NEWSREADER: Estonia has shut a crossing on its eastern frontier after a rise in attempts to cross.\n\n"
        "((CLIP: Colonel Margus Tammik, spokesman of the State Border Guard))\n",
    ],
)
def test_relations_agency_paragraph_generic_body_of_its_story(nlp: Language, second: str) -> None:
    text = _FIRST + second
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    entities = find_entities(doc, article)
    found = {(r.subject, r.predicate, r.object) for r in find_relations(doc, article, entities)}
    guards = {e.key for e in entities if e.type == "Agency" and "border-guard" in e.key}
    assert guards == {"agency/border-guard-estonia"}
    assert ("agency/border-guard-estonia", "partOf", "state/EE") in found
