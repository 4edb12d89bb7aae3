"""People "arriving here", in a reporter's or official's words from the border, arrive in the state
the story is filed from, else the state it names most: "roughly 900 people a day are arriving here"
in a live report from a town of that state.

Every sentence is invented for the test, in two or more wordings, with a near miss that must stay
silent. Entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

PUB = date(2024, 2, 6)
NAMES = {
    "Malta": ("state/MT", "State"),
    "Andorra": ("state/AD", "State"),
    "Kelmora": ("settlement/kelmora", "Settlement"),
}


def _flows(nlp: Language, text: str) -> dict[int | None, tuple[str, ...]]:
    events = named_events(nlp, text, NAMES, PUB)
    return {e.count: e.destination for e in events if e.type == "BorderCrossing"}


@pytest.mark.parametrize(
    "text",
    [
        "ANCHOR: We go to Malta's northern border. Our reporter is in Kelmora, Malta.\n\n"
        "REPORTER: The mayor says roughly 900 people a day are arriving here at the moment.",
        "ANCHOR: Malta has opened two new shelters. Our correspondent is in Kelmora, Malta.\n\n"
        "REPORTER: The police say some 900 migrants arrived here last week.",
    ],
)
def test_events_arriving_here_in_the_story_s_state(nlp: Language, text: str) -> None:
    assert _flows(nlp, text).get(900) == ("state/MT",)


def test_events_arriving_here_needs_a_state(nlp: Language) -> None:
    text = "REPORTER: The mayor says roughly 900 people a day are arriving here at the moment."
    assert _flows(nlp, text) == {}
