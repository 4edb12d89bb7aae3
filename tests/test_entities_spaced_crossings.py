"""A crossing named after both its sides with a spaced dash: "the Vellimbo - Saruto crossing point".

Invented sentences through the real model: the checkpoint pattern stops at the dash and keeps
only the second side; the whole "A - B" is the crossing's name. A dateline's "TOWN - " opening
its line is no side, and when the text names side A alone as a crossing, "A - B" is A's crossing
seen from both sides: the pattern's B stays as found.
"""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Vellimbo - Saruto crossing point will be closed for repairs.", "Vellimbo - Saruto"),
        ("Lorries queued at the Vellimbo - Saruto border crossing for two days.", "Vellimbo - Saruto"),
        ("Travellers are asked to use the Tarvo - Melnik and Kessaru - Ombadi crossing points.", "Kessaru - Ombadi"),
    ],
)
def test_entities_spaced_crossings_both_sides_name_the_crossing(nlp: Language, text: str, name: str) -> None:
    typed = kg_entity_types(nlp, text)
    assert typed.get(name) == "Checkpoint" and name.split(" - ")[0] not in typed


def test_entities_spaced_crossings_a_dateline_is_no_side(nlp: Language) -> None:
    typed = kg_entity_types(nlp, "OSTRAVEL - Saruto border crossing was closed on Monday.")
    assert typed.get("Saruto") == "Checkpoint"


def test_entities_spaced_crossings_a_side_named_alone_keeps_its_own_crossing(nlp: Language) -> None:
    text = "The Vellimbo - Saruto border crossing reopens. The Vellimbo border crossing will open at six."
    typed = kg_entity_types(nlp, text)
    assert typed.get("Vellimbo") == "Checkpoint" and "Vellimbo - Saruto" not in typed
