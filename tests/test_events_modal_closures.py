"""A closure whose verb the tagger misreads: "the crossing at X will, however, close at night". With
commas between the modal and "close", the model tags "close" as an adjective or adverb; a word that
governs "will" and a subject is still the verb, so the crossing's closure is read. "Close to the
border" stays an adjective.

Every story here is invented; entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

PUB = date(2026, 7, 9)
NAMES = {"Kestrovo": ("checkpoint/kestrovo", "Checkpoint"), "Velmora": ("checkpoint/velmora", "Checkpoint")}


def _closures(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "BorderClosure"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The Kestrovo road post, by contrast, will, however, close after dark from 3 October.", "checkpoint/kestrovo"),
        ("The border post at Velmora will, however, close on Sunday.", "checkpoint/velmora"),
    ],
)
def test_a_misread_close_after_a_modal_is_a_closure(nlp: Language, text: str, key: str) -> None:
    (closure,) = _closures(nlp, text)
    assert key in closure.target + closure.place


def test_close_as_an_adjective_is_no_closure(nlp: Language) -> None:
    assert not _closures(nlp, "The village lies close to the border post at Velmora.")
