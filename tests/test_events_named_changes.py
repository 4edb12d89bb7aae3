"""A change named by its noun ("..., a fall of 23 percent", "an increase of 9 per cent") is the
change of the figure its sentence counts; people named by the move they seek ("candidates for
clandestine emigration", "applicants for asylum") are counted.

Every sentence is invented for the test, in two or more wordings, with near misses that must stay
silent. Entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.extract.quantities import find_changes

PUB = date(2024, 10, 2)
NAMES = {
    "Malta": ("state/MT", "State"),
    "Uruguay": ("state/UY", "State"),
    "Maltese Navy": ("agency/navy-malta", "Agency"),
}


def _changes(nlp: Language, text: str) -> dict[int | None, float | None]:
    events = named_events(nlp, text, NAMES, PUB)
    return {e.count: e.change_percent for e in events if e.type == "BorderCrossing"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a fall of 23 percent", [-23.0]),
        ("an increase of 9 per cent", [9.0]),
        ("a sharp drop of 31%", [-31.0]),
        ("a reduction of 4 percent", [-4.0]),
        ("a rise of nearly 15 per cent", [15.0]),
        ("a turnout of 64 percent", []),
        ("a share of 12 percent", []),
    ],
)
def test_events_named_changes_nouns(text: str, expected: list[float]) -> None:
    assert [c.percent for c in find_changes(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "In September some 3,300 migrants entered Malta by sea, an increase of 22 per cent.",
        "Over the summer 3,300 people arrived in Malta from Uruguay, a rise of 22 percent.",
    ],
)
def test_events_named_changes_go_to_the_figure(nlp: Language, text: str) -> None:
    assert _changes(nlp, text) == {3300: 22.0}


@pytest.mark.parametrize(
    "text",
    [
        "Since 1 May the Maltese Navy has stopped 1,460 candidates for clandestine emigration at sea.",
        "Since May, 1,460 applicants for asylum have entered Malta.",
    ],
)
def test_events_named_changes_seekers_are_people(nlp: Language, text: str) -> None:
    assert 1460 in _changes(nlp, text)


def test_events_named_changes_election_candidates_are_no_flow(nlp: Language) -> None:
    assert _changes(nlp, "The party has fielded 120 candidates for the assembly of Malta.") == {}
