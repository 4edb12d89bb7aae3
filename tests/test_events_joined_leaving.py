"""A border service gives both directions in one clause pair: "N people entered X and M left it",
"N entered the country and M left it", "N entered, M exited". The leaving half names no place of
its own: it leaves the place the joined entry reached (the state the entry names, or the state the
text is filed from), in the entry's period.

Every story here is invented for the test; entities are built by hand so that only event
reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Monday.
PUB = date(2023, 6, 12)

NAMES = {
    "Nordavia": ("state/nordavia", "State"),
    "Varnekia": ("state/varnekia", "State"),
}


def _flows(nlp: Language, text: str) -> dict[int | None, Event]:
    text = "Nordavia, 12 June 2023 - " + text
    events = named_events(nlp, text, NAMES, PUB)
    return {e.count: e for e in events if e.type == "BorderCrossing"}


@pytest.mark.parametrize(
    "text",
    [
        "Last week 4,285 people entered Nordavia from Varnekia and 3,790 left it.",
        "Last week 4,285 people entered the country and 3,790 left it, officials said.",
        "Last week 4,285 travellers entered, 3,790 exited.",
        "Last week 4,285 travellers entered Nordavia and 3,790 departed.",
    ],
)
def test_the_leaving_half_leaves_the_place_the_entry_reached(nlp: Language, text: str) -> None:
    flows = _flows(nlp, text)
    entry, exit_ = flows[4285], flows[3790]
    assert entry.destination == ("state/nordavia",)
    assert exit_.origin == ("state/nordavia",)
    assert exit_.destination == ()
    assert (exit_.start_date, exit_.end_date) == ("2023-06-05", "2023-06-11")
