"""A crossing named after the towns on its two sides, typeset as a pair with an en dash set close
("the Dravik–Oslen crossing"), is one crossing point named by the whole pair, as the spaced form
("the Dravik - Oslen crossing point") is; a hyphen set close joins one name ("Kelo-Varn").
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Joint patrols will be extended to the Dravik–Oslen crossing from June.", "Dravik–Oslen"),
        ("The Pellam–Sarkov border crossing will stay open around the clock.", "Pellam–Sarkov"),
        ("Traffic at the Dravik - Oslen crossing point was heavy on Sunday.", "Dravik - Oslen"),
    ],
)
def test_entities_en_dash_pair_is_one_crossing(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Checkpoint"}
