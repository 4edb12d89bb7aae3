"""A field of two before a holder's name: invented sentences through the real model.

Class: an office with a field of two joined by "and" ("Minister for Forests and Parks", "Commissioner
of Lakes and Wetlands") written straight before its holder's name. The NER runs the field's last word
into the name ("Parks Ana Lirio"); that word is a common noun of the office, not the person's.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name", "field"),
    [
        ("Minister for Forests and Parks Ana Lirio visited the reserve on Monday.", "Ana Lirio", "Parks"),
        ("The Commissioner for Lakes and Wetlands Pavo Renner spoke on Monday.", "Pavo Renner", "Wetlands"),
        ("On Friday the Minister of Mines and Quarries Tomas Vell opened the new road.", "Tomas Vell", "Quarries"),
    ],
)
def test_entities_field_tails_leave_the_name(nlp: Language, text: str, name: str, field: str) -> None:
    types = linked_types(nlp, text)
    assert types.get(name) == {"Person"}
    assert not any(field in surface for surface in types)


def test_entities_field_tails_keep_a_listed_holder(nlp: Language) -> None:
    """A second holder after "and" keeps his whole name: the words before "and" are a name, no field."""
    types = linked_types(nlp, "The talks brought Minister for Forests Ana Lirio and Pavo Renner together.")
    assert types.get("Pavo Renner") == {"Person"}
