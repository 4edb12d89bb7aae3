"""An attack told by who did it ("a suicide bomber struck a market in X", "gunmen killed four
people in Y") or by the armed unit it hit ("their patrol came under fire near X"), not only by an
attack noun or a weapon.

Every story here is invented for the test, in two or more wordings, with near misses that must
stay silent. Entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

PUB = date(2023, 6, 15)
NAMES = {"Tarvel": ("settlement/tarvel", "Settlement"), "Dunmere": ("region/dunmere", "Region")}


def _attacks(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return [e for e in events if e.type == "MilitaryOperation"]


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber struck a market in Tarvel on Tuesday, killing at least eight people.",
        "Gunmen killed four traders in Tarvel on Sunday night.",
        "Two soldiers were hurt when their patrol came under fire in Tarvel.",
    ],
)
def test_events_attackers_an_attack_told_by_its_doer_or_its_target(nlp: Language, text: str) -> None:
    (ev,) = _attacks(nlp, text)
    assert "settlement/tarvel" in ev.place + ev.target


@pytest.mark.parametrize(
    "text",
    [
        "The minister came under fire in Tarvel for the new tax.",
        "The bomber jacket was sold in Tarvel on Tuesday.",
    ],
)
def test_events_attackers_words_of_criticism_or_clothing_are_no_attack(nlp: Language, text: str) -> None:
    assert _attacks(nlp, text) == []
