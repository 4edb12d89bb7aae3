"""An office held for a secretary-general ("Special Envoy of the Secretary-General for X") is in
the international organization the text names, not in the state the sentence is about.

Invented texts through the real model; the organization comes from the reference tables.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "holder", "body"),
    [
        (
            "Briefing the Security Council on Tuesday, Helga Brandvik, Special Envoy of the Secretary-General for "
            "the Great Lakes, said the fighting had spread. The United Nations says 40,000 people have fled into "
            "Uganda since May.",
            "person/helga-brandvik",
            "organization/united-nations",
        ),
        (
            "On Monday the Deputy Special Representative of the Secretary-General, Tomas Velloso Brandt, met "
            "Serbian officials in Belgrade. He told NATO commanders that the boundary line was calm.",
            "person/tomas-velloso-brandt",
            "organization/nato",
        ),
    ],
)
def test_positions_office_for_the_secretary_general_is_the_bodys(
    nlp: Language, text: str, holder: str, body: str
) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    got = {p.holder: p.post_in for p in find_positions(doc, article, find_entities(doc, article))}
    assert got.get(holder) == body, got
