"""A counted arrest told by a verb joined to another ("raided two farms in X and arrested 14
suspects") happened where the first verb did, when it names no place of its own: "in X", "near
X" or a compass bearing from X. A first verb that only points somewhere ("closed the road to X")
places nothing, and an arrest's own place wins.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Tuesday.
PUB = date(2026, 6, 16)

NAMES = {
    "Tessmark": ("settlement/tessmark", "Settlement"),
    "Korvel": ("settlement/korvel", "Settlement"),
}


def _arrests(nlp: Language, text: str) -> list[Event]:
    return [e for e in named_events(nlp, text, NAMES, PUB) if e.label.startswith("Arrest")]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Officers raided two warehouses in Tessmark on Friday and arrested 14 suspects.", 14),
        ("Soldiers burned a smugglers' depot 8 km west of Tessmark on Sunday and detained 19 men.", 19),
        ("Customs agents searched a lorry near Tessmark overnight and detained six people for questioning.", 6),
    ],
)
def test_an_arrest_joined_to_a_placed_verb_happened_there(nlp: Language, text: str, count: int) -> None:
    (arrest,) = _arrests(nlp, text)
    assert arrest.count == count
    assert arrest.place == ("settlement/tessmark",)


def test_a_verb_that_only_points_somewhere_places_no_arrest(nlp: Language) -> None:
    arrests = _arrests(nlp, "Police closed the road to Tessmark and arrested 14 protesters.")
    assert all(a.place == () for a in arrests)


def test_an_arrest_keeps_its_own_place(nlp: Language) -> None:
    (arrest,) = _arrests(nlp, "Police searched homes in Tessmark and arrested 14 people in Korvel.")
    assert arrest.place == ("settlement/korvel",)
