"""A state's long name written only in capitals ("PRESIDENCY OF THE REPUBLIC OF X") still lets the
short form in the body ("the President of the Republic", "the Kingdom") name that state.

Invented texts through the real model: before, the capitalised "OF" hid the long form, so the
body's "Republic" became a town of its own and the president's office was put in it.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article, Entity


def _entities(nlp: Language, text: str) -> tuple[Article, Doc, tuple[Entity, ...]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    return article, doc, find_entities(doc, article)


@pytest.mark.parametrize(
    ("text", "state", "word"),
    [
        (
            "PRESIDENCY OF THE REPUBLIC OF CUBA\n\nPRESS RELEASE\n\nHavana, 3 May 2026 - The Council met on "
            "Monday, chaired by the President of the Republic, Anand Beekhuis-Ramdin, to discuss the "
            "floods.",
            "state/CU",
            "Republic",
        ),
        (
            "GOVERNMENT OF THE KINGDOM OF BHUTAN\n\nThimphu, 9 June 2026\n\nThe Kingdom will open two new trade "
            "posts next month, the cabinet secretary, Karma Dendup Wangmo, said on Tuesday.",
            "state/BT",
            "Kingdom",
        ),
    ],
)
def test_caps_long_name_lends_its_short_form(nlp: Language, text: str, state: str, word: str) -> None:
    _, _, entities = _entities(nlp, text)
    by_key = {e.key: e for e in entities}
    assert state in by_key
    assert word in {text[m.start : m.end] for m in by_key[state].mentions}
    assert not [e for e in entities if e.type != "State" and e.name == word]


def test_caps_long_name_holds_the_presidents_office(nlp: Language) -> None:
    text = (
        "OFFICE OF THE PRESIDENT OF THE REPUBLIC OF MAURITIUS\n\nPort Louis, 19 January 2026. On Thursday the "
        "President of the Republic, Neela Aubeeluck-Forde, signed the decree on the new border posts."
    )
    article, doc, entities = _entities(nlp, text)
    posts = {(p.holder, p.post_in) for p in find_positions(doc, article, entities)}
    assert ("person/neela-aubeeluck-forde", "state/MU") in posts
