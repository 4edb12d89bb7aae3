"""A crossing named in quotation marks before its kind: 'the "X" checkpoint', 'the «Y» border
crossing point', 'the "Z" automobile checkpoint', as releases translated from Russian and Kazakh
write their posts. The quoted words are the checkpoint's name; a quoted name with no crossing
word after it names no checkpoint.

Every name here is invented for the test.
"""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Most lorries used the "Tarvel" checkpoint, where 4,170 people crossed on Sunday.', "Tarvel"),
        ("Traffic through the «Ustinor» border crossing point grew by 8% in the week.", "Ustinor"),
        ('Customs officers at the "Osmok" automobile checkpoint seized 40 kilograms of tea.', "Osmok"),
    ],
)
def test_quoted_checkpoint_is_named_by_its_quoted_words(nlp: Language, text: str, name: str) -> None:
    assert kg_entity_types(nlp, text).get(name) == "Checkpoint"


def test_quoted_name_without_a_crossing_word_is_no_checkpoint(nlp: Language) -> None:
    text = 'The cooperative "Tarvel" sold 4,260 tonnes of grain to the state.'
    assert kg_entity_types(nlp, text).get("Tarvel") != "Checkpoint"
