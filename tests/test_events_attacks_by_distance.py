"""An attack placed by how far it lay from a place ("a patrol was attacked two kilometres from X",
"gunmen ambushed a convoy some 3 km from the Y post") happened near that place: the place is read as
where it struck, like "near X". A "from" with no distance ("attackers who came from X") tells where
someone started, and is no place of the attack.

Every story here is invented for the test; entities are built by hand so that only event
reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Wednesday.
PUB = date(2025, 10, 22)

NAMES = {
    "Nordavia": ("state/nordavia", "State"),
    "Nordavian Border Guard": ("agency/nordavian-border-guard", "Agency"),
    "Brelgow": ("checkpoint/brelgow", "Checkpoint"),
    "Hasselkirk": ("settlement/hasselkirk", "Settlement"),
}


def _attacks(nlp: Language, text: str) -> list[Event]:
    text = "Nordavia, 22 October 2025 - " + text
    return [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "MilitaryOperation"]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        (
            "Shortly before midnight on Monday a Nordavian Border Guard patrol was attacked with grenades"
            " roughly two kilometres from Brelgow.",
            "checkpoint/brelgow",
        ),
        ("Masked men ambushed a supply convoy some 6 km from Brelgow on Monday evening.", "checkpoint/brelgow"),
        (
            "On Monday gunmen opened fire on an unmarked police car about 900 metres from Hasselkirk.",
            "settlement/hasselkirk",
        ),
    ],
)
def test_an_attack_a_distance_from_a_place_struck_near_it(nlp: Language, text: str, where: str) -> None:
    (attack,) = _attacks(nlp, text)
    assert where in attack.target + attack.place
    assert attack.date == "2025-10-20"


def test_a_from_with_no_distance_is_no_place_of_the_attack(nlp: Language) -> None:
    text = "Fighters who had driven over from Hasselkirk attacked a patrol near Brelgow on Monday."
    (attack,) = _attacks(nlp, text)
    assert "settlement/hasselkirk" not in attack.target + attack.place
