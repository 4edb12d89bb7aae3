"""Decisions listed after a colon ("The Council, meeting on Sunday, decided: - to deploy ...; - to
close ...") are done by the subject of the verb that opens the list, whatever the item's marker (a
dash, a number); an item with a subject of its own, or a list opened by no colon, keeps its own.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

PUB = date(2026, 7, 13)

NAMES = {
    "Varnolia": ("state/varnolia", "State"),
    "Kesselmark": ("state/kesselmark", "State"),
    "Ostrova": ("settlement/ostrova", "Settlement"),
    "Telsk": ("region/telsk", "Region"),
    "Defence Council": ("agency/defence-council-varnolia", "Agency"),
    "Harbour Authority": ("agency/harbour-authority-varnolia", "Agency"),
}


def _events(nlp: Language, text: str) -> list[Event]:
    text = "OSTRAVEN, Varnolia, 13 July 2026 - " + text
    return list(named_events(nlp, text, NAMES, PUB))


@pytest.mark.parametrize(
    "text",
    [
        "In response, the Defence Council, meeting on Sunday evening, decided:\n"
        "- to send a further company of 240 troops to Telsk;\n"
        "- to close, from midnight onwards, the crossing points between Ostrova and Kesselmark;\n"
        "- to impose a curfew in Telsk for thirty days.",
        "After the attack the Defence Council resolved:\n\n"
        "1. to close the crossing points between Ostrova and Kesselmark;\n\n"
        "2. to impose a curfew in Telsk for thirty days.",
    ],
)
def test_list_agents_listed_decisions_are_the_leads(nlp: Language, text: str) -> None:
    closure = next(e for e in _events(nlp, text) if e.type == "BorderClosure")
    curfew = next(e for e in _events(nlp, text) if e.label.startswith("Curfew"))
    assert closure.agent == ("agency/defence-council-varnolia",)
    assert curfew.agent == ("agency/defence-council-varnolia",)


@pytest.mark.parametrize(
    "text",
    [
        "The Defence Council decided:\n- the Harbour Authority closed the crossing points between Ostrova and "
        "Kesselmark on Sunday;",
        "The Defence Council met on Sunday.\n- to close the crossing points between Ostrova and Kesselmark;",
    ],
)
def test_list_agents_an_item_of_its_own_keeps_its_doer(nlp: Language, text: str) -> None:
    closure = next(e for e in _events(nlp, text) if e.type == "BorderClosure")
    assert "agency/defence-council-varnolia" not in closure.agent
