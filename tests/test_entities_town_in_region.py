"""A name the NER reads as one body, "Ardkeel in County Rathmoy" or "Lassenby in Tasmania", is a
town and the region it lies in when the part after "in" is a region the tables know or a county
written "County X"; a body's name with "in" stays whole.

Invented sentences: through the real model, and as hand-made NER spans on a blank pipeline.
"""

from __future__ import annotations

import pytest
import spacy
from named_entities import found_entities
from spacy.language import Language
from spacy.tokens import Span

from kg.nlp.placed_in import split_at_in


def test_entities_town_in_region_through_the_model(nlp: Language) -> None:
    text = "The bridge between Ardkeel in County Rathmoy and Kilbrack in County Dunlevin is to close for repairs."
    found = found_entities(nlp, text)
    assert ("Ardkeel", "Settlement") in found
    assert ("County Rathmoy", "Region") in found
    assert not any(" in " in name for name, _ in found)


@pytest.mark.parametrize(
    ("text", "start", "end", "parts"),
    [
        ("Ferries to Lassenby in Tasmania were cancelled on Sunday.", 2, 5, ["Lassenby", "Tasmania"]),
        ("Schools at Lisnavar in County Ballykeel stayed shut.", 2, 6, ["Lisnavar", "County Ballykeel"]),
        ("The Bank in Norland raised its rates.", 1, 4, ["Bank in Norland"]),
        ("The Tarn Rivers Authority in Tasmania said so.", 1, 6, ["Tarn Rivers Authority in Tasmania"]),
    ],
)
def test_entities_town_in_region_split_of_ner_spans(text: str, start: int, end: int, parts: list[str]) -> None:
    doc = spacy.blank("en")(text)
    ent = Span(doc, start, end, label="ORG")
    assert [s.text for s in split_at_in([ent])] == parts
