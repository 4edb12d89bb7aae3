"""A crossing point named by the two towns it joins: "the road crossing between A and B" is the
crossing "A - B", as a bridge between two towns is one.

Invented sentences through the real model. Before, the two towns were kept and the crossing the
sentence sends drivers to was lost (or read as one more town). The noun says it is a crossing when
a border's or a mode's word stands before it; a bare "crossing between" needs a border nearby,
since a level crossing between two villages is a railway's.
"""

from __future__ import annotations

import pytest
from named_entities import found_entities, related_pairs
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name", "towns"),
    [
        (
            "Lorry drivers heading for Austria were told to use the new motorway crossing between Kellmora and"
            " Stubnitz until further notice.",
            "Kellmora - Stubnitz",
            ("Kellmora", "Stubnitz"),
        ),
        (
            "From Tuesday the border post between the town of Ravnik in Croatia and Dolsko in Slovenia"
            " will shut at 10 p.m. on weekdays.",
            "Ravnik - Dolsko",
            ("Ravnik", "Dolsko"),
        ),
        (
            "Farmers from Vidrinec complained that the old road crossing between Gorna-Vresk and"
            " Vidrinec was too narrow for tractors, Serbian and Hungarian officials said.",
            "Gorna-Vresk - Vidrinec",
            ("Vidrinec",),
        ),
    ],
)
def test_entities_crossing_between_two_towns_is_named_by_them(
    nlp: Language, text: str, name: str, towns: tuple[str, str]
) -> None:
    found = found_entities(nlp, text)
    assert (name, "Checkpoint") in found
    assert all((town, "Settlement") in found for town in towns)


@pytest.mark.parametrize(
    ("text", "crossing", "states"),
    [
        (
            "From Tuesday the border post between the town of Ravnik in Croatia and Dolsko in Slovenia"
            " will shut at 10 p.m. on weekdays.",
            "checkpoint/ravnik-dolsko",
            {"state/HR", "state/SI"},
        ),
        (
            "Coaches will be sent via the border crossing between Perlova in Slovakia and Zadnica in"
            " Hungary while the main road is resurfaced.",
            "checkpoint/perlova-zadnica",
            {"state/SK", "state/HU"},
        ),
    ],
)
def test_relations_crossing_between_two_towns_connects_their_states(
    nlp: Language, text: str, crossing: str, states: set[str]
) -> None:
    assert {o for s, o in related_pairs(nlp, text, "connects") if s == crossing} == states


@pytest.mark.parametrize(
    "text",
    [
        "The level crossing between Tiszakor and Velimir was repainted by the railway company last week.",
        "Villagers say the crossing between Kellmora and Stubnitz floods every spring, the parish council said.",
    ],
)
def test_entities_bare_crossing_between_towns_without_a_border_is_no_checkpoint(nlp: Language, text: str) -> None:
    assert all(kind != "Checkpoint" for _, kind in found_entities(nlp, text))
