"""A rank written with a hyphen between two rank words ("Lieutenant-Captain", "Captain-Major")
between an office set off by commas and the name: the office before it is the person's, as with
"Lt. Gen." or "Colonel". The tokenizer splits such a rank in three, and the hyphen stopped the walk
back to the comma, so the office was lost.

Invented sentences through the real model and every extractor.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "holder", "title", "body"),
    [
        (
            "The Vellen Fire Service put out the warehouse blaze before dawn. The Fire Service's chief, Captain-Major "
            "Otto Brennick, thanked the crews.",
            "person/otto-brennick",
            "Chief",
            "agency/fire-service",
        ),
        (
            "The Lagoon Rescue Service towed two dinghies back to the marina on Tuesday. The deputy head of the "
            "service, Lieutenant-Captain Rosa Vellendorf, said the wind had turned.",
            "person/rosa-vellendorf",
            "Deputy Head",
            "agency/lagoon-rescue-service",
        ),
    ],
)
def test_positions_hyphened_ranks_office_before_them(
    nlp: Language, text: str, holder: str, title: str, body: str
) -> None:
    out = extract(nlp(text), Article(id="t", text=text, source="test"))
    assert (title, body) in {(p.title, p.post_in) for p in out.positions if p.holder == holder}
