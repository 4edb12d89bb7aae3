"""An office in apposition before "the Honourable" and a name: "the Prime Minister of X, the Honourable Y".

Commonwealth official texts list office holders this way; the article and the form of address
stand between the comma and the name, and the office before the comma is still the person's.
Invented names through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "holder", "title", "post"),
    [
        (
            "Also present was the Minister of Finance, the Honourable Tamsin Okwuosa-Berg.",
            "person/tamsin-okwuosa-berg",
            "Finance Minister",
            None,
        ),
        (
            "The treaty was signed by the Minister of Finance, the Hon. Bertrand Vallier-Moss, on Tuesday.",
            "person/bertrand-vallier-moss",
            "Finance Minister",
            None,
        ),
        (
            "Leaders at the talks included the Prime Minister of Antigua and Barbuda, the Honourable Lisette "
            "Camenzuli-Dray; and the Prime Minister of the Bahamas, the Honourable Kimberly Okonkwo-Reyes.",
            "person/lisette-camenzuli-dray",
            "Prime Minister",
            "state/AG",
        ),
    ],
)
def test_positions_the_honourable_keeps_the_office(
    nlp: Language, text: str, holder: str, title: str, post: str | None
) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    entities = find_entities(doc, article)
    found = {(p.title, p.post_in) for p in find_positions(doc, article, entities) if p.holder == holder}
    assert title in {t for t, _ in found}
    if post is not None:
        assert (title, post) in found
