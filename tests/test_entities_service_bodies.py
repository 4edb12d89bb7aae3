"""A body named for what it serves keeps the title word it opens with.

"State" and "General" are offices before a name ("State Councillor X", "General X"), so a span
opening with them lost the word and what was left ("Security Service") was read as a person's name.
A name ending in "Service" or "Services" is a body's: the word stays and the span is a body.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.nlp.components import SPANS_KEY


def _spans(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(s.text, s.label_) for s in doc.spans[SPANS_KEY]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The State Pension Service said 300 claims had been paid since January.", "State Pension Service"),
        ("Officers of the State Protection Service detained two men in the capital.", "State Protection Service"),
        ("General Intelligence Services officers questioned the driver for hours.", "General Intelligence Services"),
    ],
)
def test_a_service_keeps_its_opening_title_word(nlp: Language, text: str, name: str) -> None:
    spans = _spans(nlp, text)
    assert any(text == name and label in ("Agency", "Organization") for text, label in spans)
    assert not any(label == "Person" for _, label in spans)


def test_a_title_before_a_persons_name_still_goes(nlp: Language) -> None:
    assert ("Tomas Varga", "Person") in _spans(nlp, "General Tomas Varga said the convoy had left.")
