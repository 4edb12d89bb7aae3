"""A military or police grade alone is no office: "Colonel X said", a TV caption "Colonel X, Ministry
of Y", "Major General Z" hold none, as a grade beside an office never did. An office whose head word
is a rank and that names its body ("the Commander of the Army, General X") stays.

Every name here is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


def _held(nlp: Language, text: str) -> set[tuple[str, str]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    return {(p.holder, p.title) for p in find_positions(doc, article, find_entities(doc, article))}


@pytest.mark.parametrize(
    "text",
    [
        "Bulgaria sent troops to the border with Turkey. Colonel Halvard Brun said the border was calm.",
        "Bulgaria sent troops to the border with Turkey.\n\nSUPER: Colonel Halvard Brun, Ministry of Defence\n",
        "Estonia moved two battalions east on Monday. Major General Halvard Brun told reporters they would stay.",
    ],
)
def test_grade_alone_is_no_office(nlp: Language, text: str) -> None:
    assert not [title for holder, title in _held(nlp, text) if holder == "person/halvard-brun"]


def test_office_headed_by_a_rank_word_with_its_body_stays(nlp: Language) -> None:
    text = "Estonia moved two battalions east. The Commander of the Estonian Army, General Halvard Brun, spoke."
    assert ("person/halvard-brun", "Commander") in _held(nlp, text)
