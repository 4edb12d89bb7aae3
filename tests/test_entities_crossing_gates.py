"""Crossing points named as gates, control posts and causeways: invented sentences through the real model.

Classes: a gate named in lower case after its town ("through the X gate") in a sentence about
crossing or the border (the crossing is "X gate": X alone stays the town); a gate named after
someone with a possessive ("Y's Gate", "the Y's Gate post"); a "Control Post" as a crossing's kind
(a "control post at X" is set in the town X); a named causeway, once any of its mentions stands in
a sentence about crossing (then every mention of that name is the crossing).
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Daily visitors entering Nepal through the Korvel gate rose to 900 in March.", "Korvel gate"),
        (
            "Since Monday, anyone crossing at the Marrick gate must show a permit, the border office said.",
            "Marrick gate",
        ),
    ],
)
def test_entities_crossing_gates_lower_case_gate_of_a_border_sentence(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Checkpoint"}


def test_entities_crossing_gates_lower_case_gate_elsewhere_is_no_crossing(nlp: Language) -> None:
    text = "The students waited at the Korvel gate of the campus for their results."
    types = linked_types(nlp, text)
    assert "Checkpoint" not in types.get("Korvel", set()) | types.get("Korvel gate", set())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Officials will keep the Orrin's Gate post open until midnight, the border agency said.", "Orrin's Gate"),
        ("Buses from the coast queued for hours at Kettle's Gate on the border with Lesotho.", "Kettle's Gate"),
    ],
)
def test_entities_crossing_gates_possessive_gate_name(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Checkpoint"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Customs officers seized 20 kilograms of heroin at the Pellaro Control Post on Friday.", "Pellaro"),
        ("Two smugglers were caught at the Dunmere control post on the border with Malaysia.", "Dunmere"),
    ],
)
def test_entities_crossing_gates_control_post(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Checkpoint"}


def test_entities_crossing_gates_control_post_at_a_town_leaves_the_town(nlp: Language) -> None:
    text = "Officials said the new control post at Vessany would be finished in May."
    assert "Checkpoint" not in linked_types(nlp, text).get("Vessany", set())


@pytest.mark.parametrize(
    "text",
    [
        "Talks on the Torvane Causeway ended on Friday.\nSome 40,000 travellers crossed the Torvane Causeway each day.",
        "Traffic over the Torvane Causeway into Qatar was slow on Sunday. The Torvane Causeway authority met.",
    ],
)
def test_entities_crossing_gates_causeway_named_in_a_crossing_sentence(nlp: Language, text: str) -> None:
    assert linked_types(nlp, text).get("Torvane Causeway") == {"Checkpoint"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("About 800 people a day enter Nepal through the Drassel gate, the district office says.", "Drassel gate"),
        ("On a fair day a trader who crosses at the Ombrin gate sells out before noon.", "Ombrin gate"),
    ],
)
def test_entities_crossing_gates_present_tense_crossing(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Checkpoint"}
