"""A body's name of several words, short for the text's one "X of Y" body: invented sentences.

Class: "the Election Committee of Tarnhaven Municipality ... the Election Committee", "the
National Assembly of Popular Union ... the National Assembly": news names a body in full and
then by the words before its "of"; that is one body, one node, not two.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article


def _keys_with(nlp: Language, text: str, name: str) -> set[str]:
    """Keys of the entities one of whose mentions is written ``name`` (with or without "The")."""
    doc = nlp(text)
    found = find_entities(doc, Article(id="t", text=text, source="test"))
    return {e.key for e in found if any(m.text.removeprefix("The ").removeprefix("the ") == name for m in e.mentions)}


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        (
            "The Election Committee of Tarnhaven Municipality said turnout reached 61 percent. "
            "The Election Committee will publish the final count on Monday.",
            "Election Committee",
            "Election Committee of Tarnhaven Municipality",
        ),
        (
            "Cuba's National Assembly of Popular Union passed the law on Friday. "
            "The National Assembly also approved the budget.",
            "National Assembly",
            "National Assembly of Popular Union",
        ),
    ],
)
def test_entities_of_forms_join_the_full_name(nlp: Language, text: str, short: str, full: str) -> None:
    keys = _keys_with(nlp, text, short)
    assert len(keys) == 1
    assert keys == _keys_with(nlp, text, full)


def test_entities_of_forms_two_full_names_stay_apart(nlp: Language) -> None:
    text = (
        "The Election Committee of Tarnhaven Municipality and the Election Committee of Saltvik Municipality "
        "met on Monday. The Election Committee said the count was over."
    )
    keys = _keys_with(nlp, text, "Election Committee")
    assert keys.isdisjoint(_keys_with(nlp, text, "Election Committee of Tarnhaven Municipality"))
