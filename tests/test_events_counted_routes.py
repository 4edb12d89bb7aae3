"""A counted plural of crossings ("the two crossings", "the three posts", "both crossings") is the
ways across the text named last before it: a flow "through the three posts" goes via all three.

Every sentence is invented for the test, in two or more wordings; entities are built by hand so that
only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

NAMES = {
    "Portugal": ("state/PT", "State"),
    "Spain": ("state/ES", "State"),
    "Kessarn": ("checkpoint/kessarn", "Checkpoint"),
    "Brinmoor": ("checkpoint/brinmoor", "Checkpoint"),
    "Torreluz": ("checkpoint/torreluz", "Checkpoint"),
}


def _via(nlp: Language, text: str) -> list[tuple[str, ...]]:
    events = named_events(nlp, text, NAMES, date(2026, 6, 10))
    return [e.via for e in events if e.type == "BorderCrossing" and e.count in (9300, 41000)]


@pytest.mark.parametrize(
    ("text", "via"),
    [
        (
            "Night opening is planned at the Kessarn and Brinmoor crossings, on the Spanish border. A year ago, "
            "roughly 41,000 travellers came into Portugal through the two crossings in August, officials said.",
            ("checkpoint/kessarn", "checkpoint/brinmoor"),
        ),
        (
            "Longer hours start on Monday at Torreluz, at Kessarn and at Brinmoor, on the frontier with Spain. In "
            "May some 9,300 people entered Portugal through the three posts.",
            ("checkpoint/torreluz", "checkpoint/kessarn", "checkpoint/brinmoor"),
        ),
        (
            "Kessarn stays open, and so does Brinmoor. In May some 9,300 people entered Portugal from Spain "
            "through both crossings.",
            ("checkpoint/kessarn", "checkpoint/brinmoor"),
        ),
    ],
)
def test_events_counted_routes_all_named(nlp: Language, text: str, via: tuple[str, ...]) -> None:
    assert _via(nlp, text) == [via]


def test_events_counted_routes_fewer_named(nlp: Language) -> None:
    text = "Kessarn stays open. In May some 9,300 people entered Portugal from Spain through the three posts."
    assert _via(nlp, text) == [()]
