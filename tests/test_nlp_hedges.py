"""A figure after a hedging phrase hangs where the parser hangs one after "about" (kg.nlp.hedges):
the counted noun takes the phrase's place, the phrase's words modify the number.

Sentences invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "verb", "noun"),
    [
        ("Our inspectors see something like 2,700 lorries a week at the ferry terminal.", "see", "lorries"),
        ("The harbour handled north of 52,000 passengers in March.", "handled", "passengers"),
        ("The shuttle carries the better part of a thousand commuters every morning.", "carries", "commuters"),
    ],
)
def test_hedges_hang_the_counted_noun_on_the_verb(nlp: Language, text: str, verb: str, noun: str) -> None:
    doc = nlp(text)
    (counted,) = [t for t in doc if t.text == noun]
    assert counted.head.text == verb
    assert counted.dep_ == "dobj"
    number = next(t for t in counted.children if t.dep_ == "nummod")
    assert number.like_num


def test_hedges_leave_a_place_after_north_of_alone(nlp: Language) -> None:
    doc = nlp("The camp lies north of the river, some 40 kilometres away.")
    north = next(t for t in doc if t.lower_ == "north")
    assert north.head.text == "lies"
