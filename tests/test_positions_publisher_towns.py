"""A town's own update names its mayor bare ("said Mayor X"): of the several towns the text names,
the one the publisher's name holds ("City of X", "X Town Council") is the mayor's, not the state.

Invented updates through the real model and every extractor.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article

_TEXT = (
    "The footbridge over the Neisse between Görlitz and Zgorzelec will close for repairs from 3 May. "
    "Walkers should use the road bridge to the south.\n\n"
    '"Thousands use this footbridge before work, and the repairs will be quick," '
    "said Mayor Hedda Quillan-Rost.\n"
)


@pytest.mark.parametrize(
    ("publisher", "town"),
    [
        ("City of Görlitz (update to residents)", "settlement/gorlitz"),
        ("Zgorzelec Town Council", "settlement/zgorzelec"),
    ],
)
def test_positions_publisher_towns_mayor_of_the_publishing_town(nlp: Language, publisher: str, town: str) -> None:
    out = extract(nlp(_TEXT), Article(id="t", text=_TEXT, source="test", publisher=publisher))
    posts = {(p.title, p.post_in) for p in out.positions if p.holder == "person/hedda-quillan-rost"}
    assert posts == {("Mayor", town)}
