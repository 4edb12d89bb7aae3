"""A body's name is headed by the word before its complement: "the Public Authority for X" is an
authority, whatever X ends with, so it is a state's body (an agency) like "the X Authority".

Invented sentences through the real model, which tags such names ORG; the head was read from
their last word ("Labour", "Supply", "Tarnia") and the body typed a plain organization. A
tribunal is a state's body as a court is.
"""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Seasonal workers queued outside the offices of the Public Authority for Seasonal Labour.",
            "Public Authority for Seasonal Labour",
        ),
        ("Staff of the National Authority for Water Supply visited.", "National Authority for Water Supply"),
        ("The Inspectorate for Flood Defence of Tarnia sent boats.", "Inspectorate for Flood Defence of Tarnia"),
    ],
)
def test_entities_complement_heads_make_agencies(nlp: Language, text: str, name: str) -> None:
    assert kg_entity_types(nlp, text).get(name) == "Agency"


def test_entities_complement_heads_a_firm_stays_an_organization(nlp: Language) -> None:
    typed = kg_entity_types(nlp, "The Harlow Institute of Design opened a new campus.")
    assert typed.get("Harlow Institute of Design") == "Organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Supreme Electoral Tribunal of Norland published the results on Sunday.", "Supreme Electoral Tribunal"),
        ("The Electoral Tribunal of Tarnburg annulled the vote in a northern district.", "Electoral Tribunal"),
    ],
)
def test_entities_complement_heads_tribunals_are_agencies(nlp: Language, text: str, name: str) -> None:
    typed = kg_entity_types(nlp, text)
    assert [label for found, label in typed.items() if found.startswith(name)] == ["Agency"], typed
