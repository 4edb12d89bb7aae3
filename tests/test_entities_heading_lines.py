"""A heading alone on its line ("Closing Remarks") is no person; a byline of common words is one.

The model reads a short capitalised line as a person's name. A heading opens with a verb's
"-ing" form or an adjective that is no noun, then common nouns, and its words recur nowhere else;
a name's first word is a noun if the lexicon knows it at all. Invented texts through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article


def _named(nlp: Language, text: str) -> dict[str, str]:
    return {e.name: e.type for e in find_entities(nlp(text), Article(id="t", text=text, source="test"))}


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        (
            "Closing Remarks\nBrenna Vatt thanked the delegates and closed the meeting.",
            "Closing Remarks",
        ),
        (
            "Introductory Remarks\nKasia Lomm spoke about the harvest in the north.",
            "Introductory Remarks",
        ),
        ("Welcoming Remarks\nIvo Darrel greeted the farmers at the depot.", "Welcoming Remarks"),
    ],
)
def test_entities_heading_lines_are_no_person(nlp: Language, text: str, heading: str) -> None:
    named = _named(nlp, text)
    assert not any(heading in name for name in named), named


@pytest.mark.parametrize("byline", ["Rose Baker", "Grace Hunter", "Mark Tanner"])
def test_entities_heading_lines_a_byline_of_common_words_stays_a_person(nlp: Language, byline: str) -> None:
    named = _named(nlp, f"{byline}\nThe council met on Monday to discuss the new road.")
    assert named.get(byline) == "Person", named
