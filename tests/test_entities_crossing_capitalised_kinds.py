"""Crossings whose kind is written with a capital: "the A and B Checkpoints", "at A Checkpoint".

Invented sentences through the real model. A list of names before a capitalised plural kind
("Checkpoints", "Crossings") names one crossing each, as it does before a lower-case one; and a
name ending in "Checkpoint" that the NER reads as a person's is the crossing's, so the pattern's
crossing is no longer dropped as a word inside a personal name. A body's name that holds the
plural ("Ports & Checkpoints Directorate") stays the body.
"""

from __future__ import annotations

import pytest
from named_entities import found_entities
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Traffic through the Velmar and Ostrel Checkpoints between Finland and Norway rose sharply in June.",
            ("Velmar", "Ostrel"),
        ),
        (
            "Both the Brisk and Halloway Crossings will shut for resurfacing in May, the roads agency said.",
            ("Brisk", "Halloway"),
        ),
        (
            "The Roads & Checkpoints Directorate will repaint the lanes of the Kestrin and Dunwold Checkpoints"
            " before the ski season.",
            ("Kestrin", "Dunwold"),
        ),
    ],
)
def test_entities_names_listed_before_capitalised_crossings(nlp: Language, text: str, names: tuple[str, str]) -> None:
    found = found_entities(nlp, text)
    assert all((name, "Checkpoint") in found for name in names)
    assert all(kind not in {"Organization", "Person"} or "Directorate" in name for name, kind in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Queues formed again at Dunwold Checkpoint on Sunday as Norwegian skiers drove home, a customs"
            " spokesman said.",
            "Dunwold",
        ),
        ("Since Dunwold Checkpoint opened to buses, Swedish shoppers have come in larger numbers.", "Dunwold"),
        ("Officers at Kestrin Checkpoint turned back 40 cars on Sunday, the Finnish Border Guard said.", "Kestrin"),
    ],
)
def test_entities_capitalised_checkpoint_read_as_a_person(nlp: Language, text: str, name: str) -> None:
    found = found_entities(nlp, text)
    assert (name, "Checkpoint") in found
    assert not any(kind in {"Person", "Settlement"} and name in n for n, kind in found)
