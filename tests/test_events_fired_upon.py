"""A passive verb of firing with its preposition left stranded reports an attack on its subject:
"a customs launch was fired upon near X", "a police jeep was shot at near X". "Shot dead" and "fired
by the board" are no attack reported so.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Wednesday.
PUB = date(2026, 6, 10)

NAMES = {
    "Corrund": ("state/corrund", "State"),
    "Lissor": ("settlement/lissor", "Settlement"),
}


def _attacks(nlp: Language, text: str) -> list[Event]:
    events = named_events(nlp, "TESSIN, Corrund, 10 June 2026 - " + text, NAMES, PUB)
    return [e for e in events if e.type == "MilitaryOperation"]


@pytest.mark.parametrize(
    "text",
    [
        "A customs launch was fired upon near Lissor on Tuesday.",
        "Late on Tuesday a police jeep was shot at near Lissor; its crew escaped unhurt.",
        "On Tuesday evening the border post at Lissor was fired on from the far bank.",
    ],
)
def test_a_thing_fired_upon_was_attacked(nlp: Language, text: str) -> None:
    (attack,) = _attacks(nlp, text)
    assert "settlement/lissor" in attack.place + attack.target
    assert attack.date == "2026-06-09"


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot dead in Lissor on Tuesday.",
        "The director was fired by the board in Lissor on Tuesday.",
    ],
)
def test_other_shootings_and_firings_are_no_attack_reported_so(nlp: Language, text: str) -> None:
    assert _attacks(nlp, text) == []
