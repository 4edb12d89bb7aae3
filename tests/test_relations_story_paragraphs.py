"""A generic body in a paragraph of sentences that names no state does not take the state the
paragraph before names only as another body's owner ("On the other side of the bridge, Y's
authority said ..."): the body is the text's home state's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "ministry", "home"),
    [
        (
            "Queues at Kelmor\n\nKELMOR - Long lines of lorries waited on the road to Dodoma as the "
            "border post with Kenya failed. Tanzania said Tanzania would act. Officials in Tanzania agreed."
            "\n\nAcross the river, Kenya's revenue authority said it had kept its offices open longer."
            "\n\nThe district officer said the district had set up two rest areas. She asked the Ministry of "
            "Transport to hurry the road works.",
            "agency/transport-ministry-tanzania",
            "state/TZ",
        ),
        (
            "Queues at the river crossing\n\nOfficials in Kenya said queues grew at the crossing. Kenya and Kenya "
            "agreed.\n\nAcross the river, Tanzania's immigration service added staff.\n\nLocal traders complained "
            "for hours. They asked the Interior Ministry to open a second lane.",
            "agency/interior-ministry-kenya",
            "state/KE",
        ),
    ],
)
def test_relations_story_paragraphs_leave_the_body_home(nlp: Language, text: str, ministry: str, home: str) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    found = {(r.subject, r.predicate, r.object) for r in find_relations(doc, article, find_entities(doc, article))}
    assert (ministry, "partOf", home) in found
