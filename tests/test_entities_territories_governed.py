"""The territory after "Governor of" or "Mayor of" is a place, never its holder (invented lines).

The NER reads a place's name that opens with a particle ("Al Kesra", "El Varesa") as a person's;
an office held "of" it makes it the territory the office governs.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("A call came from the Governor of Al Kesra, in Chad, about the market.", "Al Kesra", "Region"),
        ("On Monday the governor of Al Zarib, in Sudan, told reporters the crossing was calm.", "Al Zarib", "Region"),
        ("The Mayor of El Varesa, in Peru, said the road was open again.", "El Varesa", "Settlement"),
    ],
)
def test_entities_territories_governed_name_after_office_of_is_a_place(
    nlp: Language, text: str, name: str, kind: str
) -> None:
    types = linked_types(nlp, text)
    assert types.get(name) == {kind}, types
