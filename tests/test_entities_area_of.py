"""A name after a noun of the land around a place ("the outskirts of X", "in the areas of X, Y and
Z", "the vicinity of X") is a place's: the NER reads such names by their letters as bodies or
peoples, or misses the later ones of a list.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The soldiers will train in the areas of Viljandi, Valga and Võru until the end of the month.",
            ("Viljandi", "Valga", "Võru"),
        ),
        ("Police patrols were increased in the vicinity of Pärnu after the storm.", ("Pärnu",)),
        ("The brigade moved to the area of Kuressaare, where it set up camp.", ("Kuressaare",)),
    ],
)
def test_entities_name_after_an_area_noun_is_a_place(nlp: Language, text: str, names: tuple[str, ...]) -> None:
    types = linked_types(nlp, text)
    for name in names:
        assert types.get(name) == {"Settlement"}
