"""Places by what stands at them and by a direction from them: "the posts at X", "south of X".

Invented sentences through the real model: the NER reads an unknown border post or town from its
letters alone (a person, a body); "at" that places something, or a compass word with "of", says it
is a place. "at" that aims ("shouted at X") and a body's staff ("analysts at X") leave the name be.
"""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("What happens at Tumbravik and at Ollenvaara is one picture.", "Tumbravik"),
        ("The two sides will meet at Ombarelli next week.", "Ombarelli"),
        ("Holders need a card, and the posts at Vellimbo, Saruto and Kendabanga open at six.", "Kendabanga"),
        ("The new customs post at Mellasko Dravoni opens in May.", "Mellasko Dravoni"),
        ("An attack on the weekly market at Ukkelby killed six people.", "Ukkelby"),
    ],
)
def test_entities_sited_places_at_places_the_name(nlp: Language, text: str, name: str) -> None:
    assert kg_entity_types(nlp, text).get(name) == "Settlement"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A boat sank ten kilometres south of Kessaloun-Barra on Friday.", "Kessaloun-Barra"),
        ("The convoy was stopped north-east of Ombarelli late on Sunday.", "Ombarelli"),
    ],
)
def test_entities_sited_places_a_direction_from_the_name(nlp: Language, text: str, name: str) -> None:
    assert kg_entity_types(nlp, text).get(name) == "Settlement"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The minister shouted at Jonas Pelkonen during the debate.", "Jonas Pelkonen"),
        ("Analysts at Brevik Capital said the deal was unlikely.", "Brevik Capital"),
        ("She took a swipe at Marco Tellini in her speech.", "Marco Tellini"),
    ],
)
def test_entities_sited_places_aiming_and_staff_leave_the_name(nlp: Language, text: str, name: str) -> None:
    assert kg_entity_types(nlp, text).get(name) not in {"Settlement", "Region", "Place"}


def test_entities_sited_places_a_longer_name_keeps_its_short_form(nlp: Language) -> None:
    text = "The Vessko Bulk Terminal opened in May. Grain unloaded at Vessko goes on by rail."
    assert kg_entity_types(nlp, text).get("Vessko") != "Settlement"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The market at Pelmark's Hollin reopened on Friday.", "Hollin"),
        ("Guards were posted at Brennock's Ossaly Varne overnight.", "Ossaly Varne"),
    ],
)
def test_entities_sited_places_a_name_after_another_name_is_left_be(nlp: Language, text: str, name: str) -> None:
    # "at X's Y": the word between "at" and the name makes it a name of another kind (the check
    # compared the name's first token with ``span.root`` by identity, a new Token each time, so it never ran)
    assert kg_entity_types(nlp, text).get(name) not in {"Settlement", "Region", "Place"}
