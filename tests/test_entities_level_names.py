"""Regions named by their seat and a capitalised level word: invented sentences.

Class: "in Hyderabad Division", "the border post in Tarnhaven Regency": some states name their
regions by a town and "Division" or "Regency"; the model calls them bodies and a rule of place
made them towns. A regency is a region; a division is one after a town or region the gazetteers
know, and a body's "Immigration Division" stays a body.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Floodwater cut the main road into Hyderabad Division on Tuesday.", "Hyderabad Division"),
        ("The border post in Tarnhaven Regency reopened after a week of repairs.", "Tarnhaven Regency"),
        ("Roads in Kelvo Regency were flooded after the storm, officials said.", "Kelvo Regency"),
    ],
)
def test_entities_level_names_are_regions(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Region"}


def test_entities_level_names_bodies_stay_bodies(nlp: Language) -> None:
    types = linked_types(nlp, "The Immigration Division said two men were held.")
    assert types.get("Immigration Division") != {"Region"}
