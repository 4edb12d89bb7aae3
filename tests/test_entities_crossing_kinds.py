"""Crossings named with the kind words "border terminal" and "cross-border post".

"the Varkani border terminal" and "the Selmora cross-border post" are crossings as "the X border
post" is, but neither kind was known, so the name was left to the NER (a town, or nothing), and
when the pattern did match, the hyphen's half ("cross-") and "terminal" stayed in the name.
Names are invented; two wordings through the real model, and a near miss: a bus terminal is no
crossing.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("About 3,070 people left through the Varkani border terminal on Monday, officials said.", "Varkani"),
        ("The Selmora cross-border post in the north stayed closed for a second day.", "Selmora"),
    ],
)
def test_entities_crossing_kinds_name_a_checkpoint(nlp: Language, text: str, name: str) -> None:
    types = linked_types(nlp, text)
    assert types.get(name) == {"Checkpoint"}, types


def test_entities_crossing_kinds_a_bus_terminal_is_no_crossing(nlp: Language) -> None:
    types = linked_types(nlp, "Buses left the Varkani bus terminal for the capital at dawn.")
    assert "Checkpoint" not in {t for ts in types.values() for t in ts}, types
