"""Land and road ports named by the words after them: invented sentences through the real model.

Class: officials of many states call a border crossing a "land port" or a "road port" ("the X land
port", "the X and Y land ports", "the X road port"); the name before the kind is a crossing point,
written without its kind, and a hyphenated name is not split at its hyphen. A seaport stays what it
was: "port" alone after a name says a harbour town, not a crossing.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Travellers will be sent to the Dastin land port while the Tormid land port is closed.", ("Dastin", "Tormid")),
        ("The ministry said 900 people came through the Dastin and Tormid land ports in May.", ("Dastin", "Tormid")),
        ("The Hulsa-Örn road port was closed on Monday because of heavy snow.", ("Hulsa-Örn",)),
        ("Lorries queued for three days at the Tormid road port, drivers said.", ("Tormid",)),
    ],
)
def test_entities_land_ports_are_checkpoints(nlp: Language, text: str, names: tuple[str, ...]) -> None:
    types = linked_types(nlp, text)
    for name in names:
        assert types.get(name) == {"Checkpoint"}, types


def test_entities_land_ports_seaport_is_no_checkpoint(nlp: Language) -> None:
    types = linked_types(nlp, "The ferry left the Dastin port at dawn with 300 passengers.")
    assert "Checkpoint" not in {t for found in types.values() for t in found}
