"""A verb after a rate ("N visitors a day cross at X") is a verb, though the tagger takes it for a
noun: the flow it tells is read as "N visitors cross at X every day" is. A noun after a rate with an
article of its own ("the cross a day later") stays a noun.

Every sentence here is invented for the test; entities are built by hand so that only event
reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

NAMES = {
    "Tarnland": ("state/TL", "State"),
    "Orsova": ("state/OV", "State"),
    "Kelmet": ("checkpoint/kelmet", "Checkpoint"),
}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("HOST: And the ferry slip at Kelmet?\n\nGUEST: Around 340 visitors a day cross at Kelmet in spring.", 340),
        (
            "PRESENTER: The Kelmet post joins Tarnland and Orsova.\n\n"
            "REPORTER: Guards say some 575 travellers a day cross at Kelmet in summer.",
            575,
        ),
        ("Q: Is Kelmet busy?\n\nA: Normally around 180 people a week cross at Kelmet, no more.", 180),
    ],
)
def test_a_count_before_a_rate_and_its_verb_is_a_flow(nlp: Language, text: str, count: int) -> None:
    (flow,) = [e for e in named_events(nlp, text, NAMES, date(2026, 6, 16)) if e.type == "BorderCrossing"]
    assert flow.count == count
    assert "checkpoint/kelmet" in flow.via


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The cross a day later was repainted.", "cross"),
        ("Around 340 hikers a day cross over.", "cross"),
        ("About 75 families a month cross here.", "cross"),
    ],
)
def test_the_word_after_a_rate_is_a_verb_only_without_an_article(nlp: Language, text: str, noun: str) -> None:
    (tok,) = [t for t in nlp(text) if t.lower_ == noun]
    assert (tok.pos_ == "VERB") == (not text.startswith("The"))
