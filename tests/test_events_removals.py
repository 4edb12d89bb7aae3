"""People removed by a country's authorities: "X deported 1,940 migrants to Y", "the X police
expelled 820 nationals of Y", "..., most of them from Y and Z". A removal is a flow out of the
state whose authorities act (the subject, or the state its name or adjective gives) into where the
people are sent: "to Y", else their own country ("from Y", "most of them from Y").

Every story here is invented; entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2026, 7, 9)
NAMES = {
    "Tarnovia": ("state/tarnovia", "State"),
    "Velmoria": ("state/velmoria", "State"),
    "Kestria": ("state/kestria", "State"),
}


def _flows(nlp: Language, text: str) -> list[tuple[int | None, tuple[str, ...], tuple[str, ...]]]:
    events = named_events(nlp, text, NAMES, PUB)
    return [(e.count, e.origin, e.destination) for e in events if e.type == "BorderCrossing"]


@pytest.mark.parametrize(
    ("text", "count", "to"),
    [
        ("Tarnovia deported 1,940 migrants to Velmoria in May.", 1940, ("state/velmoria",)),
        (
            "Between 1 March and 30 April, the immigration service of Tarnovia deported 2,120 undocumented"
            " workers, most of them from Velmoria and Kestria.",
            2120,
            ("state/velmoria", "state/kestria"),
        ),
        ("The police of Tarnovia expelled 820 nationals of Kestria last month.", 820, ("state/kestria",)),
        ("Last year 2,300 workers from Velmoria were deported by Tarnovia.", 2300, ("state/velmoria",)),
    ],
)
def test_a_removal_leaves_the_removing_state(nlp: Language, text: str, count: int, to: tuple[str, ...]) -> None:
    assert _flows(nlp, text) == [(count, ("state/tarnovia",), to)]


def test_removing_one_person_counts_no_flow(nlp: Language) -> None:
    assert not _flows(nlp, "Tarnovia deported the opposition leader to Velmoria in May.")
