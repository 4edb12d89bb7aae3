"""A crossing named after its town, and the town's bare name used as a town's in the same text ("the
Kavetra border post" ... "stallholders in Kavetra"): two nodes, the crossing with its kind words and
the town with the bare name, though no mention of the town was read as one before.

Invented sentences through the real model. Before, every bare mention was the crossing, so the
town was lost and the crossing took the town's name.
"""

from __future__ import annotations

import pytest
from named_entities import found_entities
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "crossing", "town"),
    [
        (
            "Lorries lined up at the Kavetra border post on Friday, Zambian officials said. Stallholders in"
            " Kavetra complain that the queue blocks their main street.",
            "Kavetra border post",
            "Kavetra",
        ),
        (
            "Guards at the Tessaly crossing seized 300 kilograms of tobacco on Sunday, Malawian"
            " police said. Traders in Tessaly said the seizure would raise prices at the market.",
            "Tessaly crossing",
            "Tessaly",
        ),
        (
            "Night buses will use the Vorenka checkpoint from May, Georgian officials said. Families living"
            " near Vorenka have asked for a second lane.",
            "Vorenka checkpoint",
            "Vorenka",
        ),
    ],
)
def test_entities_crossing_and_town_used_bare_are_two(nlp: Language, text: str, crossing: str, town: str) -> None:
    found = found_entities(nlp, text)
    assert (crossing, "Checkpoint") in found
    assert (town, "Settlement") in found


@pytest.mark.parametrize(
    "second",
    [
        "Officers at Kavetra checked every driver's papers.",
        "Longer hours of Kavetra were promised for the harvest, and traffic away from Kavetra should ease.",
    ],
)
def test_entities_crossing_named_bare_at_its_post_stays_the_crossing(nlp: Language, second: str) -> None:
    text = f"Lorries lined up at the Kavetra border post on Friday, Zambian officials said. {second}"
    assert {kind for name, kind in found_entities(nlp, text) if name.startswith("Kavetra")} == {"Checkpoint"}
