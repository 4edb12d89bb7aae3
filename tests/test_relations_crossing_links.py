"""A crossing said to join two places connects the states those places lie in: "the X Checkpoint,
which links A to the town of B in Y", "the X crossing connects A with B", "people travelled
between A and B through the X and Z crossings". This holds where GeoNames lists no land border
between the two states (a causeway or a strait), so context alone would give no far side."""

from __future__ import annotations

import pytest
from named_entities import related_pairs
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "crossing", "states"),
    [
        (
            "Queues stretched back two kilometres on Sunday from the Kuala Kerian Checkpoint, which connects "
            "Pekan Baru in Malaysia with Singapore.",
            "checkpoint/kuala-kerian",
            {"state/SG", "state/MY"},
        ),
        (
            "The Kvarnby crossing connects Denmark with Sweden and carried 40,000 cars on Friday.",
            "checkpoint/kvarnby",
            {"state/DK", "state/SE"},
        ),
        (
            "Some 80,000 people travelled between Denmark and Sweden through the Hestholm and Kvarnby "
            "crossings over the weekend, the police said.",
            "checkpoint/hestholm",
            {"state/DK", "state/SE"},
        ),
    ],
)
def test_relations_crossing_links_the_joined_places_give_the_sides(
    nlp: Language, text: str, crossing: str, states: set[str]
) -> None:
    pairs = related_pairs(nlp, text, "connects")
    assert {o for s, o in pairs if s == crossing} == states


def test_relations_crossing_links_towns_placed_nowhere_give_no_side(nlp: Language) -> None:
    text = "Ferries still sail, but most people now use the Hestholm crossing, which links Arnvik with Tolsby."
    assert not related_pairs(nlp, text, "connects")
