"""A unit numbered by an ordinal in figures ("the 4th Highland Brigade") is named with its number.
The NER tags the ordinal apart and the name without it, so two numbered units of one kind were
one body ("Highland Brigade"). The ordinal right before a body's name now opens the name.

Every sentence and unit name is invented for the test.
"""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Reservists will report to the 4th Highland Brigade in the north and the 6th Highland Brigade"
            " in the south on Monday.",
            {"4th Highland Brigade", "6th Highland Brigade"},
        ),
        (
            "Soldiers of the 12th Frontier Battalion relieved the 3rd Frontier Battalion at the river on Friday.",
            {"12th Frontier Battalion", "3rd Frontier Battalion"},
        ),
    ],
)
def test_a_numbered_unit_keeps_its_ordinal(nlp: Language, text: str, names: set[str]) -> None:
    types = kg_entity_types(nlp, text)
    assert names <= set(types), types


def test_an_ordinal_before_a_lower_case_word_opens_no_name(nlp: Language) -> None:
    types = kg_entity_types(nlp, "On the 2nd of May the Frontier Battalion left the valley.")
    assert not any(name.startswith("2nd") for name in types), types
