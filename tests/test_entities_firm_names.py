"""A firm named after its state ("Tarnia Airways", "the Norlandic Times") is one organization.

The state's name or demonym that opens a company's, newspaper's or bank's name is part of that
name, not a mention of the state: the firm's head noun says so. A government body keeps its
state apart ("the Norlandic Border Guard": the state qualifies the agency).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import link_mentions


def _types(nlp: Language, text: str) -> dict[str, str]:
    return {lk.text: lk.type for lk in link_mentions(nlp(text))}


@pytest.mark.parametrize(
    ("text", "firm", "state"),
    [
        ("Kenya Airways cancelled its evening flights on Monday.", "Kenya Airways", "Kenya"),
        ("Qatar Airways said it would add two routes.", "Qatar Airways", "Qatar"),
        ("Turkish Airlines added weekly flights to Lagos.", "Turkish Airlines", "Turkish"),
        ("Passengers praised Ethiopian Airlines after the storm.", "Ethiopian Airlines", "Ethiopian"),
    ],
)
def test_entities_firm_opening_with_a_state_is_one_organization(
    nlp: Language, text: str, firm: str, state: str
) -> None:
    types = _types(nlp, text)
    assert types.get(firm) == "Organization"
    assert state not in types


def test_entities_a_state_body_keeps_its_state_apart(nlp: Language) -> None:
    types = _types(nlp, "The Polish Border Guard said 200 people crossed on Sunday.")
    assert types.get("Polish") == "State"
